using System.Security.Cryptography;
using System.Text;
using Parley.Knowledge.Tables;

namespace Parley.Cli.Commands;

/// <summary>
/// A short fingerprint of the knowledge an analysis used (shipped tables plus any --knowledge folder), stored
/// with each run so a ledger says which facts produced its rows.
/// </summary>
internal static class KnowledgeVersion
{
    /// <summary>"kb-" and the first 16 hex digits of the SHA-256 of every table's name and text, in name order.</summary>
    public static string Of(string? folder)
    {
        IReadOnlyList<KnowledgeFile> files = folder is null ? KnowledgeFile.Shipped() : [.. KnowledgeFile.Shipped(), .. KnowledgeFile.FromFolder(folder)];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (KnowledgeFile file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Name + "\n" + file.Text + "\n"));
        }

        return "kb-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
