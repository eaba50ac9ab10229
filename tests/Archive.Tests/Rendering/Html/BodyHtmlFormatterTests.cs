using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Markdown;
using Archive.Rendering.Html;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Html;

/// <summary>The body formatter writes exactly what AngleSharp's own serialisation (<c>InnerHtml</c>) writes.</summary>
public sealed class BodyHtmlFormatterTests
{
    private static readonly ArchiveMarkdown Markdown = new();

    public static TheoryData<string> Fragments() => new()
    {
        "<p>Plain text.</p>",
        "<p>Tom &amp; Jerry &lt;tag&gt; 1\u00A0000 \"quoted\" 'single' &#x2014; “curly”</p>",
        "<a href=\"/x?a=1&amp;b=2\" title=\"say &quot;hi&quot; &lt;b&gt; a\u00A0b 'q'\">link</a>",
        "<details open><summary>More</summary>Text</details><input disabled value=\"\">",
        "<pre>\n\nfirst line kept</pre><textarea>\nx</textarea><listing>\ny</listing>",
        "<script>if (a < b && c > d) {}</script><style>p > a { content: \"&\" }</style><noscript><b>x</b></noscript>",
        "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"#x\" xml:lang=\"en\"><text>t</text></a></svg>",
        "<math><mi xmlns=\"http://www.w3.org/1998/Math/MathML\">x</mi></math>",
        "<!-- a comment --><template><p>inside &amp; template</p></template>",
        "<table><tr><td style=\"text-align: left;\">1</td></tr></table><br><hr><img src=\"x.png\" alt=\"\">",
        "text at the top level &amp; <em>more</em>",
        "",
    };

    [Theory]
    [MemberData(nameof(Fragments))]
    public void InnerHtml_Fragment_SameAsAngleSharp(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument("<!DOCTYPE html><body><div></div>");
        var root = document.Body!.FirstElementChild!;
        root.InnerHtml = html;
        Assert.Equal(root.InnerHtml, new BodyHtmlFormatter().InnerHtml(root));
    }

    [Fact]
    public void InnerHtml_SeedBodiesRendered_SameAsAngleSharp()
    {
        var renderer = new BodySanitizer(Markdown);
        var files = Directory.GetFiles(RepoRoot.SeedInput, "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var formatter = new BodyHtmlFormatter();
        foreach (var file in files)
        {
            var root = renderer.Sanitize(Markdown.Parse(File.ReadAllText(file))).Root!;
            HeadingAnchors.Apply(root);
            Assert.True(root.InnerHtml == formatter.InnerHtml(root), file);
        }
    }
}
