using Archive.Cli;

using Archive.Tests.Infrastructure;

namespace Archive.Tests.Checking.External;

public sealed class CheckExternalCommandTests : IAsyncLifetime
{
    private readonly LocalLinkServer _server = new();
    private readonly TestSite _site = TestSite.Folder();

    public Task InitializeAsync()
    {
        _site.Write("input/site.yml", "title: \"Test\"\nbase_url: \"https://archive.example/\"\n");
        _site.Write("input/groups/g.md", "---\nname: \"G\"\nkind: government\nsummary: \"A group.\"\n---\n\nText.\n");
        _site.Write("input/articles/a.md", $"""
            ---
            title: "A"
            kind: news
            source: "S"
            published: "2020-01-01"
            url: "{_server.Url("/gone")}"
            groups:
              - g
            summary: "Sum."
            ---

            See [the report]({_server.Url("/ok")}).

            """);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _site.Dispose();
        await _server.DisposeAsync();
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(["check", "--source", _site.Root, .. args], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Check_ExternalWithBrokenArticleUrl_WarnsAtFileAndLineAndSucceeds()
    {
        var (exit, stdout, stderr) = Run("--external");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains($"input/articles/a.md:6:7: warning ARC034: `url`: {_server.Url("/gone")} is broken: 404", stderr);
        Assert.Contains("Checked 2 external links: 1 ok, 1 broken.", stdout);
        Assert.Contains("HEAD /ok", _server.Log);
    }

    [Fact]
    public void Check_ExternalStrict_ReportsErrorAndFails()
    {
        var (exit, _, stderr) = Run("--external", "--external-strict");

        Assert.Equal(ExitCodes.InputErrors, exit);
        Assert.Contains("input/articles/a.md:6:7: error ARC034:", stderr);
    }

    [Fact]
    public void Check_RunTwice_SecondRunAnswersFromCache()
    {
        Run("--external");
        _server.ResetCounts();

        var (exit, stdout, stderr) = Run("--external");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(0, _server.Requests);
        Assert.Contains("ARC034", stderr);
        Assert.Contains("Checked 2 external links: 1 ok, 1 broken (2 from cache).", stdout);
    }

    [Fact]
    public void Check_WithoutExternal_MakesNoRequests()
    {
        var (exit, stdout, _) = Run();

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(0, _server.Requests);
        Assert.DoesNotContain("external", stdout);
    }
}
