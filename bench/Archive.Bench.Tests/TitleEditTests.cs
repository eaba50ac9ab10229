using Archive.Bench.Preview;

namespace Archive.Bench.Tests;

public sealed class TitleEditTests
{
    [Fact]
    public void Append_QuotedTitle_GoesInsideTheQuotes()
    {
        var text = "---\ntitle: \"Truce offered\"\nsummary: \"title: not this\"\n---\n\ntitle: nor this\n";
        Assert.Equal("---\ntitle: \"Truce offered benchedit0\"\nsummary: \"title: not this\"\n---\n\ntitle: nor this\n", TitleEdit.Append(text, "benchedit0"));
    }

    [Fact]
    public void Append_PlainTitle_GoesAtTheEnd()
    {
        Assert.Equal("---\nkind: news\ntitle: Truce offered w\n---\nBody\n", TitleEdit.Append("---\nkind: news\ntitle: Truce offered\n---\nBody\n", "w"));
    }

    [Fact]
    public void Append_NoTitleInFrontMatter_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => TitleEdit.Append("---\nkind: news\n---\ntitle: in the body\n", "w"));
    }
}
