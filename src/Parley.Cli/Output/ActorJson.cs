using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Knowledge;

namespace Parley.Cli.Output;

/// <summary>
/// Writes resolved actors in the shape of <c>actors[]</c> in the analyze contract (DESIGN.md §2):
/// the best candidate's fields, then <c>others</c>, the remaining candidates best first.
/// </summary>
public static class ActorJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The candidates (at least one) as one JSON object.</summary>
    public static string Write(ImmutableArray<ActorMatch> matches)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteFields(json, matches[0]);
            json.WriteStartArray("others");
            foreach (ActorMatch other in matches.Skip(1))
            {
                json.WriteStartObject();
                WriteFields(json, other);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFields(Utf8JsonWriter json, ActorMatch match)
    {
        json.WriteString("id", match.Actor.Id);
        json.WriteString("name", match.Actor.Name);
        json.WriteString("kind", match.Actor.Kind);
        if (match.Actor.Country is { } country)
        {
            json.WriteString("country", country.Value);
        }
        else
        {
            json.WriteNull("country");
        }

        json.WriteStartArray("roles");
        foreach (string role in match.Roles)
        {
            json.WriteStringValue(role);
        }

        json.WriteEndArray();
        if (match.Description is { } description)
        {
            json.WriteString("description", description);
        }
        else
        {
            json.WriteNull("description");
        }
    }
}
