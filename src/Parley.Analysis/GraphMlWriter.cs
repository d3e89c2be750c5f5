using System.Globalization;
using System.Xml.Linq;

namespace Parley.Analysis;

/// <summary>Writes a <see cref="Network"/> as GraphML (nodes with a name, undirected edges with a weight) for Gephi, yEd or networkx.</summary>
public static class GraphMlWriter
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The GraphML document of the network.</summary>
    public static XDocument Write(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var graph = new XElement(Ns + "graph", new XAttribute("id", "parley"), new XAttribute("edgedefault", "undirected"));
        foreach ((string id, string name, int weight) in network.Nodes)
        {
            graph.Add(new XElement(Ns + "node", new XAttribute("id", id),
                new XElement(Ns + "data", new XAttribute("key", "name"), name),
                new XElement(Ns + "data", new XAttribute("key", "degree_weight"), weight.ToString(CultureInfo.InvariantCulture))));
        }

        int n = 0;
        foreach (NetworkEdge edge in network.Edges)
        {
            graph.Add(new XElement(Ns + "edge", new XAttribute("id", "e" + (n++).ToString(CultureInfo.InvariantCulture)),
                new XAttribute("source", edge.Source), new XAttribute("target", edge.Target),
                new XElement(Ns + "data", new XAttribute("key", "weight"), edge.Weight.ToString(CultureInfo.InvariantCulture))));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "graphml",
                Key("name", "node", "name", "string"),
                Key("degree_weight", "node", "degree_weight", "int"),
                Key("weight", "edge", "weight", "int"),
                graph));
    }

    private static XElement Key(string id, string target, string name, string type) =>
        new(Ns + "key", new XAttribute("id", id), new XAttribute("for", target), new XAttribute("attr.name", name), new XAttribute("attr.type", type));
}
