using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Ingest.Sources;

namespace Parley.Ingest.Tests.Sources;

/// <summary>Nothing is lost: every file in a batch comes out as exactly one article or one rejection.</summary>
public sealed class BatchAccountingProperties
{
    // Kinds of file a real batch mixes: good text, empty, binary, undeclared Latin-1, white space only, an HTML page.
    private static readonly Func<byte[]>[] FileKinds =
    [
        () => Encoding.UTF8.GetBytes("Leaders meet in Rome\n\nThe leaders met in Rome on Friday to discuss grain exports."),
        () => [],
        () => [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0x01],
        () => Encoding.Latin1.GetBytes("Le ministre a déclaré que la réunion était reportée."),
        () => Encoding.UTF8.GetBytes("   \n\n  \t "),
        () => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Summit</title></head><body><article><p>The summit opened in Addis Ababa on Sunday with a call for a ceasefire.</p></article></body></html>"),
    ];

    [Property(MaxTest = 40)]
    public Property Accepted_plus_rejected_equals_input() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, FileKinds.Length - 1)).Where(k => k.Count is > 0 and < 25).ToArbitrary(), kinds =>
        {
            DirectoryInfo folder = Directory.CreateTempSubdirectory("parley-batch-");
            try
            {
                int index = 0;
                foreach (int kind in kinds)
                {
                    File.WriteAllBytes(Path.Combine(folder.FullName, $"{index++:D3}.txt"), FileKinds[kind]());
                }

                int accepted = 0;
                int rejected = 0;
                foreach (SourceItem item in new SourceReader().Read([folder.FullName]))
                {
                    if (item.Rejection is not null || ArticleReader.Read(item.Document!).Rejection is not null)
                    {
                        rejected++;
                    }
                    else
                    {
                        accepted++;
                    }
                }

                return accepted + rejected == kinds.Count;
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        });
}
