using Archive.Cli;

namespace Archive.Tests.Cli;

public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("new")]
    [InlineData("new", "page", "about")]
    [InlineData("new", "article")]
    [InlineData("new", "group", "alpha", "--title", "Alpha")]
    [InlineData("new", "article", "alpha", "--name", "Alpha")]
    [InlineData("new", "offer", "a", "b")]
    [InlineData("publish")]
    [InlineData("build", "--no-such-option")]
    [InlineData("check", "--format", "xml")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--port", "-1")]
    [InlineData("serve", "--port", "http")]
    [InlineData("serve", "--drafts")]
    public void Run_BadArguments_ExitsTwoAndPointsToHelp(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("archive --help", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Run_Help_ListsEveryCommand()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var command in new[] { "build", "check", "new", "serve" })
        {
            Assert.Contains($"  {command} ", run.Out, StringComparison.Ordinal);
        }
    }
}
