using Markdig;

namespace Archive.Tests.Rendering.Markdown.Annotations;

public sealed class AnnotationSpecTests
{
    private static string SpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "Annotations.md");

    public static TheoryData<int, int> Examples()
    {
        // Only number and line go into the data so each example shows up as its own, readable test case.
        var data = new TheoryData<int, int>();
        foreach (var example in SpecExampleReader.Read(SpecPath))
        {
            data.Add(example.Number, example.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Render_CorePipeline_MatchesSpecExample(int number, int line)
    {
        var example = Find(number, line);
        var html = Markdig.Markdown.ToHtml(example.Markdown, AnnotationPipelines.Core());
        Assert.Equal(Normalise(example.Html), Normalise(html));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Render_AdvancedPipelineWithoutGenericAttributes_MatchesSpecExample(int number, int line)
    {
        var example = Find(number, line);
        var html = Markdig.Markdown.ToHtml(example.Markdown, AnnotationPipelines.Advanced());
        Assert.Equal(Normalise(example.Html), Normalise(html));
    }

    [Fact]
    public void Spec_Examples_AreAtLeastFifteen()
    {
        Assert.True(SpecExampleReader.Read(SpecPath).Count >= 15);
    }

    private static SpecExample Find(int number, int line)
    {
        var example = SpecExampleReader.Read(SpecPath).Single(e => e.Number == number);
        Assert.Equal(line, example.Line);
        return example;
    }

    private static string Normalise(string html) => html.Replace("\r\n", "\n").TrimEnd('\n');
}
