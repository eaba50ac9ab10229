using Archive.Rendering.Theme;
using Archive.Tests.Rendering.Markdown.Annotations;

namespace Archive.Tests.Rendering.Theme;

/// <summary>
/// Runs the examples of <c>Specs/ThemeFunctions.md</c>: each template is a layout of the built-in theme (so the
/// theme's partials are there to include), rendered inside a <c>base</c> that prints only <c>{{ main }}</c>.
/// </summary>
public sealed class ThemeFunctionSpecTests
{
    private static string SpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "ThemeFunctions.md");

    private static readonly Lazy<ThemeEngine> Engine = new(CreateEngine);

    public static TheoryData<int, int> Examples()
    {
        var data = new TheoryData<int, int>();
        foreach (var example in SpecExampleReader.Read(SpecPath)) data.Add(example.Number, example.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Render_Example_MatchesSpec(int number, int line)
    {
        var example = SpecExampleReader.Read(SpecPath).Single(e => e.Number == number);
        Assert.Equal(line, example.Line);

        var render = Engine.Value.Render(Layout(number), ThemeFixture.Model(new ThemeSpecContent()));

        // The reader names its two parts after the Markdown spec it was written for: here, template and output.
        var actual = render.Failure is { } f ? $"error {f.Code} {f.Line}:{f.Column}: {f.Message}" : render.Html!;
        Assert.Equal(example.Html.TrimEnd('\n'), actual.TrimEnd('\n'));
    }

    [Fact]
    public void Spec_Examples_CoverEveryFunction()
    {
        var functions = typeof(ThemeFunctions).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(m => Scriban.Runtime.StandardMemberRenamer.Rename(m.Name)).Append("include").ToList();
        var examples = SpecExampleReader.Read(SpecPath);

        Assert.Contains("date_link", functions);
        Assert.All(functions, f => Assert.Contains(examples, e => e.Markdown.Contains($"{{{{ {f} ", StringComparison.Ordinal)));
    }

    private static string Layout(int number) => $"example-{number}";

    private static ThemeEngine CreateEngine() =>
        ThemeFixture.Bare(SpecExampleReader.Read(SpecPath).ToDictionary(e => $"layouts/{Layout(e.Number)}{ThemeTemplates.Extension}", e => e.Markdown));
}
