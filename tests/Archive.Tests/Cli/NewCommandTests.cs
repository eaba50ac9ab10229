using Archive.Cli;

using Archive.Tests.Infrastructure;

namespace Archive.Tests.Cli;

public sealed class NewCommandTests
{
    [Theory]
    [InlineData("article", "input/articles/fresh-record.md", "title")]
    [InlineData("group", "input/groups/fresh-record.md", "name")]
    [InlineData("offer", "input/offers/fresh-record.md", "title")]
    public void New_ValidId_WritesScaffoldAndPrintsPathAndNextStep(string kind, string file, string key)
    {
        using var site = TestSite.Empty();

        var run = CliRun.Of("new", kind, "fresh-record", "--source", site.Root);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(file, run.Out, StringComparison.Ordinal);
        Assert.Contains("Fill in the <<placeholders>>, then run `archive check`.", run.Out, StringComparison.Ordinal);
        Assert.StartsWith($"---\n{key}: \"<<", site.Read(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("article", "--title", "input/articles/pre-filled.md", "title")]
    [InlineData("offer", "--title", "input/offers/pre-filled.md", "title")]
    [InlineData("group", "--name", "input/groups/pre-filled.md", "name")]
    public void New_TitleOption_PreFillsTheField(string kind, string option, string file, string key)
    {
        using var site = TestSite.Empty();

        var run = CliRun.Of("new", kind, "pre-filled", option, "Islamic Army in Iraq", "-s", site.Root);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith($"---\n{key}: \"Islamic Army in Iraq\"\n", site.Read(file), StringComparison.Ordinal);
    }

    [Fact]
    public void New_FileExists_ExitsOneAndLeavesFile()
    {
        using var site = TestSite.Minimal();
        var before = site.Read("input/offers/alpha-truce.md");

        var run = CliRun.Of("new", "offer", "alpha-truce", "--source", site.Root);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.StartsWith("input/offers/alpha-truce.md: error ARC013: the file already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, site.Read("input/offers/alpha-truce.md"));
    }

    [Fact]
    public void New_NoInputFolder_ExitsOne()
    {
        var root = Directory.CreateTempSubdirectory("archive-test-").FullName;
        try
        {
            var run = CliRun.Of("new", "group", "alpha", "--source", root);

            Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
            Assert.Contains("no input/ folder", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("Kataib Hezbollah", "kataib-hezbollah")]
    [InlineData("UNAMI", "unami")]
    [InlineData("2006--offer", "2006-offer")]
    public void New_InvalidId_ExitsTwoWithSuggestionAndWritesNothing(string id, string suggestion)
    {
        using var site = TestSite.Empty();

        var run = CliRun.Of("new", "group", id, "--source", site.Root);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"try `{suggestion}`", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.PathOf("input/groups")));
    }

    [Fact]
    public void New_TooLongId_ExitsTwoAndNamesTheLimit()
    {
        using var site = TestSite.Empty();

        var run = CliRun.Of("new", "article", new string('a', 101), "--source", site.Root);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("the limit is 100", run.Error, StringComparison.Ordinal);
    }
}
