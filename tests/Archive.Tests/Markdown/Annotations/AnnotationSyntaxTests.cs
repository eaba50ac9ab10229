using Archive.Markdown.Annotations;

namespace Archive.Tests.Rendering.Markdown.Annotations;

public sealed class AnnotationSyntaxTests
{
    [Theory]
    [InlineData("kataib-hezbollah", true)]
    [InlineData("a", true)]
    [InlineData("rfj-2019-07", true)]
    [InlineData("", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a--b", false)]
    [InlineData("Bad_Id", false)]
    [InlineData("a b", false)]
    public void IsValidId_Candidate_MatchesIdPattern(string id, bool expected)
    {
        Assert.Equal(expected, AnnotationSyntax.IsValidId(id));
    }
}
