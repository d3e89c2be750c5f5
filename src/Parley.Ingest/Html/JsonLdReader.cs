using System.Text.Json;

namespace Parley.Ingest.Html;

/// <summary>The schema.org article facts of a page's JSON-LD (<c>NewsArticle</c>, <c>Article</c>, <c>BlogPosting</c>...).</summary>
internal sealed record JsonLdArticle(
    string? Headline,
    string? Description,
    IReadOnlyList<string> Authors,
    string? Publisher,
    string? DatePublished,
    string? DateModified,
    string? Url,
    string? ArticleBody);

/// <summary>
/// Finds the article object in JSON-LD blocks: at the top level, in an array, in <c>@graph</c> or
/// as <c>mainEntity</c>. Blocks that are not valid JSON are skipped: sites ship broken JSON-LD
/// often enough that it must not cost the article.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The first article object among <paramref name="blocks"/>, or null.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> blocks)
    {
        foreach (string block in blocks)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(block.Trim().TrimEnd(';'), Options);
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                if (FindArticle(document.RootElement) is { } article)
                {
                    return ToArticle(article);
                }
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement root)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        int visited = 0;
        while (pending.Count > 0 && visited++ < 500)
        {
            JsonElement element = pending.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in element.EnumerateArray().Reverse())
                {
                    pending.Push(item);
                }

                continue;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (IsArticleType(element))
            {
                return element;
            }

            foreach (string key in (string[])["@graph", "mainEntity", "mainEntityOfPage"])
            {
                if (element.TryGetProperty(key, out JsonElement inner) && inner.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                {
                    pending.Push(inner);
                }
            }
        }

        return null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out JsonElement type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleTypeName(type.GetString());
        }

        return type.ValueKind == JsonValueKind.Array
            && type.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && IsArticleTypeName(item.GetString()));
    }

    private static bool IsArticleTypeName(string? name) =>
        name is not null && (name.EndsWith("Article", StringComparison.Ordinal) || name.EndsWith("Posting", StringComparison.Ordinal)
            || name == "Report");

    private static JsonLdArticle ToArticle(JsonElement article)
    {
        var authors = new List<string>();
        if (article.TryGetProperty("author", out JsonElement author))
        {
            AddNames(author, authors);
        }

        string? publisher = null;
        if (article.TryGetProperty("publisher", out JsonElement publisherElement))
        {
            var names = new List<string>();
            AddNames(publisherElement, names);
            publisher = names.FirstOrDefault();
        }

        string? url = Text(article, "url");
        if (url is null && article.TryGetProperty("mainEntityOfPage", out JsonElement page))
        {
            url = page.ValueKind == JsonValueKind.String ? page.GetString() : Text(page, "@id") ?? Text(page, "url");
        }

        return new JsonLdArticle(Text(article, "headline") ?? Text(article, "name"), Text(article, "description"), authors, publisher,
            Text(article, "datePublished") ?? Text(article, "dateCreated"), Text(article, "dateModified"), url, Text(article, "articleBody"));
    }

    private static void AddNames(JsonElement value, List<string> names)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString() is { Length: > 0 } name:
                names.Add(name.Trim());
                break;
            case JsonValueKind.Object when Text(value, "name") is { } name:
                names.Add(name);
                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Array)
                    {
                        AddNames(item, names);
                    }
                }

                break;
        }
    }

    private static string? Text(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out JsonElement value))
        {
            return null;
        }

        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
