using System.Security.Cryptography;
using System.Text;

namespace Parley.Core;

/// <summary>An article's id: the SHA-256 of its clean text, so the same text read twice is one article.</summary>
public static class ArticleId
{
    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="cleanText"/>.</summary>
    public static string Of(string cleanText)
    {
        ArgumentNullException.ThrowIfNull(cleanText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cleanText)));
    }
}
