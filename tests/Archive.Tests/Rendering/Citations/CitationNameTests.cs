using Archive.Rendering.Citations;

namespace Archive.Tests.Rendering.Citations;

public sealed class CitationNameTests
{
    [Theory]
    [InlineData("Gareth Porter", "Porter", "Gareth")]
    [InlineData("James Joyner", "Joyner", "James")]
    [InlineData("Jeanine Hennis-Plasschaert", "Hennis-Plasschaert", "Jeanine")]
    [InlineData("Abu Bakr al-Baghdadi", "al-Baghdadi", "Abu Bakr")]
    [InlineData("Osama bin Laden", "bin Laden", "Osama")]
    [InlineData("Porter, Gareth", "Porter", "Gareth")]
    [InlineData("  Gareth \n Porter ", "Porter", "Gareth")]
    public void Parse_PersonalName_SplitsFamilyAndGiven(string written, string family, string given)
    {
        var name = CitationName.Parse(written);
        Assert.Equal(family, name.Family);
        Assert.Equal(given, name.Given);
        Assert.Null(name.Literal);
    }

    [Fact]
    public void Parse_SingleWord_IsLiteral()
    {
        var name = CitationName.Parse("Reuters");
        Assert.True(name.IsLiteral);
        Assert.Equal("Reuters", name.Literal);
        Assert.Null(name.Family);
    }

    [Fact]
    public void AsLiteral_Organisation_IsNotSplit()
    {
        var name = CitationName.AsLiteral("Associated Press");
        Assert.Equal("Associated Press", name.Literal);
        Assert.Equal("Associated Press", name.Inverted);
        Assert.Equal("Associated Press", name.ToString());
    }

    [Fact]
    public void InvertedAndToString_Person_GiveBothOrders()
    {
        var name = CitationName.Parse("Gareth Porter");
        Assert.Equal("Porter, Gareth", name.Inverted);
        Assert.Equal("Gareth Porter", name.ToString());
    }

    [Fact]
    public void Parse_Blank_Throws()
    {
        Assert.Throws<ArgumentException>(() => CitationName.Parse("  "));
    }
}
