using Archive.Markdown.Annotations;

namespace Archive.Tests.Rendering.Markdown.Annotations;

public sealed class AnnotationInlineTests
{
    [Fact]
    public void Parse_AnnotationOnThirdLine_ReportsZeroBasedLineAndColumn()
    {
        const string source = "# Heading\n\nClaimed by [the Brigades]{group=kataib-hezbollah} in 2020.\n";
        var document = Markdig.Markdown.Parse(source, AnnotationPipelines.Core());

        var annotation = Assert.Single(AnnotationWalker.FindAll(document));

        Assert.Equal(2, annotation.Line);
        Assert.Equal(source.Split('\n')[2].IndexOf('['), annotation.Column);
        Assert.Equal("[the Brigades]{group=kataib-hezbollah}", source.Substring(annotation.Span.Start, annotation.Span.Length));
    }

    [Fact]
    public void Parse_AnnotationInIndentedContainer_ColumnCountsFromLineStart()
    {
        const string source = "Intro.\n\n> - first\n>   - see [the offer]{offer=rfj-2019}\n";
        var document = Markdig.Markdown.Parse(source, AnnotationPipelines.Core());

        var annotation = Assert.Single(AnnotationWalker.FindAll(document));

        Assert.Equal(3, annotation.Line);
        Assert.Equal(source.Split('\n')[3].IndexOf('['), annotation.Column);
        Assert.Equal("[the offer]{offer=rfj-2019}", source.Substring(annotation.Span.Start, annotation.Span.Length));
    }

    [Fact]
    public void Parse_NoteWithEscapes_ValueIsUnescapedPlainText()
    {
        var document = Markdig.Markdown.Parse("""[x]{note="say \"hi\" & *bye*\\"}""", AnnotationPipelines.Core());

        var annotation = Assert.Single(AnnotationWalker.FindAll(document));

        Assert.Equal(AnnotationKind.Note, annotation.Kind);
        Assert.Equal("say \"hi\" & *bye*\\", annotation.Value);
    }

    [Fact]
    public void FindAll_SeveralAnnotations_ReturnsThemInDocumentOrder()
    {
        const string source = """
            [A]{group=a} and [B]{offer=b}.

            - [C]{note="c"} with [outer [D]{group=d}]{note="e"}
            """;
        var document = Markdig.Markdown.Parse(source, AnnotationPipelines.Core());

        var found = AnnotationWalker.FindAll(document).Select(a => (a.Kind, a.Value, a.Line)).ToList();

        Assert.Equal(
            [
                (AnnotationKind.Group, "a", 0),
                (AnnotationKind.Offer, "b", 0),
                (AnnotationKind.Note, "c", 2),
                (AnnotationKind.Note, "e", 2),
                (AnnotationKind.Group, "d", 2),
            ],
            found);
    }

    [Fact]
    public void FindAll_NoAnnotations_ReturnsEmpty()
    {
        var document = Markdig.Markdown.Parse("[a](b) and [c]{d}", AnnotationPipelines.Core());

        Assert.Empty(AnnotationWalker.FindAll(document));
    }
}
