using System.Diagnostics;
using System.Text;
using Parley.Ingest.Html.Markup;
using Parley.TestKit;

namespace Parley.Ingest.Tests.Html;

public sealed class HtmlTreeBuilderTests
{
    // The body as a compact outline: name(children) for elements, "text" for text.
    private static string Body(string html) => Outline(HtmlTreeBuilder.Parse(html).Body);

    private static string Outline(HtmlElement root)
    {
        var outline = new StringBuilder();
        HtmlNode? node = root.FirstChild;
        while (node is not null)
        {
            if (outline.Length > 0 && outline[^1] != '(')
            {
                outline.Append(' ');
            }

            if (node is HtmlText text)
            {
                outline.Append('"').Append(text.Data).Append('"');
            }
            else
            {
                var element = (HtmlElement)node;
                outline.Append(element.LocalName);
                if (element.FirstChild is { } first)
                {
                    outline.Append('(');
                    node = first;
                    continue;
                }
            }

            while (node != root && node!.NextSibling is null)
            {
                node = node.Parent!;
                if (node != root)
                {
                    outline.Append(')');
                }
            }

            node = node == root ? null : node.NextSibling;
        }

        return outline.ToString();
    }

    [Fact]
    public void Void_elements_take_no_children()
    {
        Body("<p>Talks<br>resume<img src=x.jpg>today<hr>Later</p>").Should().Be("p(\"Talks\" br \"resume\" img \"today\") hr \"Later\" p");
    }

    [Fact]
    public void Script_style_and_textarea_content_is_text_not_markup()
    {
        // Scripts and styles before any body content belong to the head, as in a browser: these start in the body.
        Body("<body><script>if (a < b && c) { s = \"</div><p>\"; }</script><p>After</p>")
            .Should().Be("script(\"if (a < b && c) { s = \"</div><p>\"; }\") p(\"After\")");
        Body("<body><style>p > a { color: red }</STYLE >x").Should().Be("style(\"p > a { color: red }\") \"x\"");
        Body("<textarea>&lt;b&gt; &amp; <i>not</i></textarea>").Should().Be("textarea(\"<b> & <i>not</i>\")");
    }

    [Fact]
    public void Comments_doctypes_and_processing_instructions_are_dropped_and_the_text_around_them_joins()
    {
        Body("<!DOCTYPE html><?xml version=\"1.0\"?><p>Vote<!-- <p>hidden</p> -->count<!---->ed<!-->!</p>")
            .Should().Be("p(\"Votecounted!\")");
        Body("<p>a<!-- never closed").Should().Be("p(\"a\")");
    }

    [Fact]
    public void Cdata_is_text_inside_svg_and_a_bogus_comment_in_html()
    {
        Body("<svg><![CDATA[a < b]]></svg><p><![CDATA[gone]]>kept</p>").Should().Be("svg(\"a < b\") p(\"kept\")");
    }

    [Fact]
    public void Named_and_numeric_character_references_decode_as_in_a_browser()
    {
        Body("<p>&ldquo;Yes&rdquo; &amp; &#8217;&#x2019; &#150; &copy2024 &nosuch; AT&T &#0; &#x110000;</p>")
            .Should().Be("p(\"\u201CYes\u201D & \u2019\u2019 \u2013 \u00A92024 &nosuch; AT&T \uFFFD \uFFFD\")");
    }

    [Fact]
    public void A_legacy_reference_inside_a_url_stays_as_written()
    {
        HtmlElement link = HtmlTreeBuilder.Parse("<a href=\"/s?id=1&copy=2&amp;x=&quot;y&quot;\" title='&copy 2024'>x</a>").Body.FirstChild as HtmlElement
            ?? throw new InvalidOperationException("no link");
        link.GetAttribute("href").Should().Be("/s?id=1&copy=2&x=\"y\"");
        link.GetAttribute("title").Should().Be("\u00A9 2024");
    }

    [Fact]
    public void Paragraphs_list_items_definitions_and_options_close_implicitly()
    {
        Body("<p>one<p>two<div>three</div>").Should().Be("p(\"one\") p(\"two\") div(\"three\")");
        Body("<ul><li>a<li>b<li><p>c</ul>").Should().Be("ul(li(\"a\") li(\"b\") li(p(\"c\")))");
        Body("<dl><dt>Term<dd>Ten years<dt>Rent<dd>Same</dl>").Should().Be("dl(dt(\"Term\") dd(\"Ten years\") dt(\"Rent\") dd(\"Same\"))");
        Body("<select><option>One<option>Two</select>").Should().Be("select(option(\"One\") option(\"Two\"))");
        Body("<h1>Title<h2>Sub</h2>").Should().Be("h1(\"Title\") h2(\"Sub\")");
    }

    [Fact]
    public void Table_rows_and_cells_close_implicitly_inside_an_implied_tbody()
    {
        Body("<table><tr><td>a<td>b<tr><th>c</table>x")
            .Should().Be("table(tbody(tr(td(\"a\") td(\"b\")) tr(th(\"c\")))) \"x\"");
        Body("<table><td><div>a<td>b</table>").Should().Be("table(tbody(tr(td(div(\"a\")) td(\"b\"))))");
        Body("<td>cell outside a table</td>").Should().Be("\"cell outside a table\"");
    }

    [Fact]
    public void Unclosed_tags_end_with_the_page_and_block_end_tags_close_what_was_opened_inside()
    {
        Body("<div><span>text").Should().Be("div(span(\"text\"))");
        Body("<div><p><em>a</div>b").Should().Be("div(p(em(\"a\"))) \"b\"");
    }

    [Fact]
    public void Stray_end_tags_are_ignored_except_p_and_br()
    {
        Body("<div>a</span>b</em>c</div>").Should().Be("div(\"abc\")");
        Body("<div><span>x</div>y").Should().Be("div(span(\"x\")) \"y\"");
        Body("a</p>b</br>c").Should().Be("\"a\" p \"b\" br \"c\"");
        Body("<section><b>x</section></b>y").Should().Be("section(b(\"x\")) \"y\"");
    }

    [Fact]
    public void A_link_inside_a_link_closes_the_first()
    {
        Body("<a href=1>one<a href=2>two</a>").Should().Be("a(\"one\") a(\"two\")");
    }

    [Fact]
    public void Attributes_are_read_with_and_without_quotes_and_the_first_of_a_repeated_name_wins()
    {
        var element = (HtmlElement)HtmlTreeBuilder.Parse("<DIV Class='story lead' id=main data-x=\"a > b\" hidden CLASS=other role = main />").Body.FirstChild!;
        element.Attributes.Should().Equal(new HtmlAttribute("class", "story lead"), new HtmlAttribute("id", "main"),
            new HtmlAttribute("data-x", "a > b"), new HtmlAttribute("hidden", ""), new HtmlAttribute("role", "main"));
    }

    [Fact]
    public void Self_closing_syntax_counts_only_in_svg_and_on_void_elements()
    {
        Body("<div/>inside<br/>").Should().Be("div(\"inside\" br)");
        Body("<svg><path d=\"M0\"/><circle r=1 /></svg><p>x").Should().Be("svg(path circle) p(\"x\")");
        Body("<svg><g><p>breaks out").Should().Be("svg(g) p(\"breaks out\")");
    }

    [Fact]
    public void Head_content_goes_to_the_head_and_the_first_body_content_starts_the_body()
    {
        HtmlDocument page = HtmlTreeBuilder.Parse("<html lang=en><meta name=a content=b><title>A &amp; B</title><noscript><link href=x></noscript>"
            + "Text<meta name=c><html data-late=1 lang=fr>");
        Outline(page.Head).Should().Be("meta title(\"A & B\") noscript(link)");
        Outline(page.Body).Should().Be("\"Text\" meta");
        page.DocumentElement.GetAttribute("lang").Should().Be("en");
        page.DocumentElement.GetAttribute("data-late").Should().Be("1");
    }

    [Fact]
    public void Ten_thousand_nested_tags_parse_without_recursion_and_attach_below_the_depth_cap()
    {
        var html = new StringBuilder();
        for (int i = 0; i < 10_000; i++)
        {
            html.Append(i % 2 == 0 ? "<div>" : "<span>");
        }

        html.Append("deep");
        var clock = Stopwatch.StartNew();
        HtmlDocument page = HtmlTreeBuilder.Parse(html.ToString());
        clock.Stop();

        int depth = 0;
        HtmlNode? node = page.Body;
        while (node is HtmlElement element)
        {
            depth++;
            // Past the cap, each new element is a sibling at the deepest level: follow the first one.
            node = element.FirstChild;
        }

        depth.Should().Be(HtmlTreeBuilder.MaxDepth, "body and the levels below it, the last holding every deeper tag side by side");
        Outline(page.Body).Split(' ', '(', ')').Count(word => word is "div" or "span").Should().Be(10_000, "no tag is lost, the deep ones sit side by side");
        page.Body.TextContent.Should().Be("deep");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "a deep page must not cost quadratic time");
    }

    [Fact]
    public void Text_split_by_a_hundred_thousand_comments_joins_in_linear_time()
    {
        var html = new StringBuilder("<p>");
        for (int i = 0; i < 100_000; i++)
        {
            html.Append("ab<!---->cd</span>");
        }

        var clock = Stopwatch.StartNew();
        HtmlDocument page = HtmlTreeBuilder.Parse(html.ToString());
        clock.Stop();

        page.Body.TextContent.Length.Should().Be(400_000);
        ((HtmlElement)page.Body.FirstChild!).FirstChild!.NextSibling.Should().BeNull("it is one text node");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_messy_news_page_parses_into_the_tree_a_browser_builds()
    {
        HtmlDocument page = HtmlTreeBuilder.Parse(Fixture.Text("html/markup/messy-story.html"));
        page.DocumentElement.GetAttribute("lang").Should().Be("en-GB");
        Outline(page.Head).Should().StartWith("meta title(\"Harbour lease extended \u2013 Northbound Wire\") noscript(link) script(");
        string body = Outline(page.Body);
        body.Should().Contain("h1(\"Harbour lease extended\") h2(\"for ten years\")");
        body.Should().Contain("p(\"The council voted 7\u20132 on Tuesday to extend the harbour lease\u00A0by ten years, officials said.\n\")");
        body.Should().Contain("AT&T and R&D staff");
        body.Should().Contain("ul(li(\"First story\") li(\"Second story\") li(a(\"Third & last\")))");
        body.Should().Contain("table(tbody(tr(td(\"Votes for\") td(\"7\")) tr(td(\"Votes against\") td(\"2\"))))");
        body.Should().Contain("p(\"Stray end tags do not close the paragraph early.\") p");
        body.Should().Contain("svg(path circle \" x < y \")");
        body.Should().Contain("a(\"first link\") a(\"second link\")");
        body.Should().Contain("textarea(\"<p> stays text\")");
        // The self-closing div stayed open to the end of the page, inside div#main.
        body.Should().EndWith("p(\"Unclosed to the end\n\")))");
        body.Should().NotContain("Buy now");
    }

    [Fact]
    public void The_character_reference_table_loads_with_every_legacy_name()
    {
        CharacterReferences.NamedCount.Should().BeGreaterThan(300);
        CharacterReferences.Decode("&amp &lt &gt &quot &nbsp &copy &reg &AMP &hellip; &apos; &euro;", inAttribute: false)
            .Should().Be("& < > \" \u00A0 \u00A9 \u00AE & \u2026 ' \u20AC");
    }
}
