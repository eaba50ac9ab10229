using System.Text;
using Archive.Content;
using Archive.Markdown;

namespace Archive.Tests.Content;

/// <summary>A body keeps its texts packed (<see cref="MarkdownBody"/>); what is read back must be exactly what was read in.</summary>
public sealed class MarkdownBodyTests
{
    private static readonly ArchiveMarkdown Markdown = new();

    private static MarkdownBody Body(string markdown, string? plainText = null)
    {
        var document = Markdown.Parse(markdown);
        return MarkdownBody.From(markdown, 7, document, plainText ?? Markdown.ToPlainText(document), Markdown);
    }

    /// <summary>News-like text, long enough that compressing it pays, with non-ASCII words in it.</summary>
    private static string LongText()
    {
        var text = new StringBuilder("## The offer\n\n");
        for (var i = 0; i < 200; i++)
        {
            text.Append($"Paragraph {i}: the *Islamic Army in Iraq* said in Ramadi (الرمادي) that a truce “would hold” for {i % 7} months.\n\n");
        }
        return text.ToString();
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("A short body.\n")]
    [InlineData("Émigrés in Fallūjah — “quoted” words 🕊️ and a tab\there.\n")]
    public void Short_texts_read_back_exactly(string markdown)
    {
        var body = Body(markdown);
        Assert.Equal(markdown, body.Markdown);
        Assert.Equal(Markdown.ToPlainText(Markdown.Parse(markdown)), body.PlainText);
        Assert.Equal(7, body.FirstLine);
    }

    [Fact]
    public void Long_texts_read_back_exactly_and_are_kept_smaller_than_their_utf8()
    {
        var markdown = LongText();
        var plain = Markdown.ToPlainText(Markdown.Parse(markdown));
        var body = Body(markdown);

        Assert.Equal(markdown, body.Markdown);
        Assert.Equal(plain, body.PlainText);
        // Read twice, in either order: unpacking one part must not disturb the other.
        Assert.Equal(plain, body.PlainText);
        Assert.Equal(markdown, body.Markdown);

        var packed = MarkdownBody.Pack(markdown, plain);
        Assert.NotNull(packed.Bytes);
        Assert.True(packed.Bytes.Length * 3 < Encoding.UTF8.GetByteCount(markdown + plain),
            $"{packed.Bytes.Length} bytes packed for {Encoding.UTF8.GetByteCount(markdown + plain)} of UTF-8");
    }

    [Fact]
    public void Text_that_utf8_cannot_hold_is_kept_as_given()
    {
        // A lone surrogate: UTF-8 would turn it into U+FFFD, and the page would then differ from the file.
        var markdown = "Broken \uD800 character.\n";
        var body = Body(markdown, plainText: "Broken \uD800 character.");
        Assert.Equal(markdown, body.Markdown);
        Assert.Equal("Broken \uD800 character.", body.PlainText);
    }

    [Fact]
    public void The_tree_is_parsed_from_the_text_kept()
    {
        var body = Body(LongText());
        var heading = Assert.IsType<Markdig.Syntax.HeadingBlock>(body.Document[0]);
        Assert.Equal(2, heading.Level);
        Assert.Equal(7 + 2, body.FileLine(2));
    }
}
