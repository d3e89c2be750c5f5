using Parley.Core;
using Parley.Ledger.Ingest;

namespace Parley.Ledger.Tests.Ingest;

public sealed class RecentArticlesTests
{
    [Fact]
    public void A_second_copy_of_an_article_is_seen_whatever_the_shape_of_its_id()
    {
        var seen = new RecentArticles(100);
        string first = ArticleId.Of("Xi Jinping held a video call with Vladimir Putin on Wednesday.");
        string second = ArticleId.Of("Xi Jinping held a phone call with Donald Trump on Wednesday.");
        seen.Add(first).Should().BeTrue();
        seen.Add(second).Should().BeTrue();
        seen.Add(first).Should().BeFalse();
        seen.Add("feed-item-42").Should().BeTrue();
        seen.Add("feed-item-42").Should().BeFalse();
        seen.Add(first.ToUpperInvariant()).Should().BeTrue("an id of another shape is compared as it is written");
    }

    [Fact]
    public void Ids_that_differ_only_after_the_first_32_hex_digits_count_as_one_since_only_those_are_kept()
    {
        var seen = new RecentArticles(100);
        string id = ArticleId.Of("A minister visited Nairobi.");
        seen.Add(id).Should().BeTrue();
        seen.Add(id[..32] + new string('0', 32)).Should().BeFalse();
    }

    [Fact]
    public void The_last_ids_are_kept_however_many_came_before_and_older_ones_are_let_go()
    {
        var seen = new RecentArticles(3);
        string[] ids = [.. Enumerable.Range(0, 10).Select(n => ArticleId.Of($"A minister visited town number {n}."))];
        foreach (string id in ids)
        {
            seen.Add(id).Should().BeTrue();
        }

        seen.Add(ids[^1]).Should().BeFalse();
        seen.Add(ids[^2]).Should().BeFalse();
        seen.Add(ids[^3]).Should().BeFalse("the last three are certainly kept");
        seen.Add(ids[0]).Should().BeTrue("the first is long gone: the ledger answers for it once written");
    }
}
