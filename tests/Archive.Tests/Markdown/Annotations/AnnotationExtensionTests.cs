using Archive.Markdown.Annotations;
using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Archive.Tests.Rendering.Markdown.Annotations;

public sealed class AnnotationExtensionTests
{
    [Fact]
    public void UseAnnotations_CalledTwice_RegistersOneParserBeforeLinkParser()
    {
        var builder = new MarkdownPipelineBuilder().UseAnnotations().UseAnnotations();
        new AnnotationExtension().Setup(builder);
        builder.Build();

        var parsers = builder.InlineParsers;
        Assert.Single(builder.Extensions.OfType<AnnotationExtension>());
        Assert.Single(parsers.OfType<AnnotationInlineParser>());
        Assert.True(parsers.IndexOf(parsers.Find<AnnotationInlineParser>()!) < parsers.IndexOf(parsers.Find<LinkInlineParser>()!));
    }

    [Fact]
    public void Setup_RendererConfiguredTwice_AddsOneRenderer()
    {
        var pipeline = AnnotationPipelines.Core();
        var renderer = new HtmlRenderer(new StringWriter());
        pipeline.Setup(renderer);
        new AnnotationExtension().Setup(pipeline, renderer);

        Assert.Single(renderer.ObjectRenderers.OfType<HtmlAnnotationRenderer>());
    }

    [Fact]
    public void ToPlainText_Annotations_WritesOnlyTheText()
    {
        const string source = "[The *so-called* Brigades]{group=kh} [said]{note=\"Twice.\"} [it]{offer=o}.";

        var text = Markdig.Markdown.ToPlainText(source, AnnotationPipelines.Core());

        Assert.Equal("The so-called Brigades said it.\n", text);
    }

    [Theory]
    [InlineData("[a](https://example.org/ \"t\") and ![i](/i.png)")]
    [InlineData("[a][r] and [r][] and [r]\n\n[r]: /u \"T\"")]
    [InlineData("Text.[^1]\n\n[^1]: Note [a](b).")]
    [InlineData("[a]{b} [a]{group=} [a] {group=x} [a]{group=Bad_Id} [a]{note=x}")]
    [InlineData("[[a](b)](c) and [a [b] c] and [a\n\nb]{group=x}")]
    [InlineData("| a | b |\n|---|---|\n| [x]{y} | https://example.org |")]
    [InlineData("- [ ] task\n- [x] done")]
    public void Render_NoAnnotationSyntax_MatchesPipelineWithoutExtension(string source)
    {
        var expected = Markdig.Markdown.ToHtml(source, AnnotationPipelines.Core(annotations: false));

        var actual = Markdig.Markdown.ToHtml(source, AnnotationPipelines.Core());

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Render_AnnotationBuiltInCode_EscapesValue()
    {
        var annotation = new AnnotationInline(AnnotationKind.Group, "a\"b<c");
        annotation.AppendChild(new Markdig.Syntax.Inlines.LiteralInline("x"));
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        AnnotationPipelines.Core().Setup(renderer);

        renderer.Render(annotation);

        Assert.Equal("<a class=\"annotation annotation-group\" href=\"/groups/a%22b%3Cc/\" data-group=\"a&quot;b&lt;c\">x</a>", writer.ToString());
    }
}
