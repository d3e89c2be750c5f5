using System.Collections.Immutable;
using Parley.Knowledge;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>Readable tables of resolved actors and office holders, for a person at a terminal.</summary>
public static class ActorTable
{
    /// <summary>Renders candidates for a name, best first.</summary>
    public static void Write(IAnsiConsole console, ImmutableArray<ActorMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("id").AddColumn("name").AddColumn("kind").AddColumn("country").AddColumn("roles").AddColumn("description");
        foreach (ActorMatch match in matches)
        {
            table.AddRow(
                Markup.Escape(match.Actor.Id), Markup.Escape(match.Actor.Name), match.Actor.Kind,
                match.Actor.Country?.Value ?? "-", Markup.Escape(match.Roles.IsEmpty ? "-" : string.Join("; ", match.Roles)),
                Markup.Escape(match.Description ?? "-"));
        }

        console.Write(table);
    }

    /// <summary>Renders office holders on a date.</summary>
    public static void WriteHolders(IAnsiConsole console, IReadOnlyList<(Office Office, Person Holder)> rows)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("polity").AddColumn("office").AddColumn("holder").AddColumn("id");
        foreach ((Office office, Person holder) in rows)
        {
            table.AddRow(office.Polity, Markup.Escape(office.Title), Markup.Escape(holder.Name), Markup.Escape(holder.Id.Value));
        }

        console.Write(table);
    }
}
