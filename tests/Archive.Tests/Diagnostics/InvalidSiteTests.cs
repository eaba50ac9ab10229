using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Archive.Cli;
using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Diagnostics;

/// <summary>Every diagnostic the build can emit, each from its own broken fixture, checked through the library and the CLI.</summary>
public sealed partial class InvalidSiteTests
{
    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(dir, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))), StringComparer.Ordinal);

    private static void Apply(TestSite site, InvalidSite invalid)
    {
        var before = ValidSite.Files();
        foreach (var (path, content) in invalid.Files())
        {
            if (!before.TryGetValue(path, out var old) || old != content) site.Write(path, content);
        }
        invalid.Raw?.Invoke(site);
    }

    [Theory]
    [MemberData(nameof(InvalidSite.Names), MemberType = typeof(InvalidSite))]
    public void Build_InvalidFixture_ReportsCodeAtFileAndLine(string name)
    {
        var invalid = InvalidSite.Named(name);
        using var site = TestSite.Valid();
        site.BuildClean();
        File.WriteAllText(Path.Combine(site.OutputDir, "sentinel.txt"), "left by an earlier build");
        var published = Snapshot(site.OutputDir);
        Apply(site, invalid);

        var result = site.Check();

        var line = invalid.ExpectedLine(site);
        var matching = result.Diagnostics.Where(d => d.Code == invalid.Code).ToList();
        Assert.True(matching.Count > 0, $"no {invalid.Code}; the build reported:\n{string.Join('\n', result.Diagnostics)}");
        Assert.True(
            matching.Any(d => d.File == invalid.File && d.Line == line && d.Severity == invalid.Severity),
            $"expected {invalid.Severity} {invalid.Code} at {invalid.File}:{line}; got:\n{string.Join('\n', matching)}");
        Assert.All(matching, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        if (invalid.Severity == Severity.Warning)
        {
            Assert.True(result.Succeeded, "a warning alone must not fail the build:\n" + string.Join('\n', result.Diagnostics));
        }

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(["build", "--source", site.Root], stdout, stderr);

        var kind = invalid.Severity == Severity.Error ? "error" : "warning";
        var where = line > 0 ? $"{invalid.File}:{line}" : invalid.File;
        Assert.Matches(new Regex($"(?m)^{Regex.Escape(where)}(:\\d+)?: {kind} {invalid.Code}: "), stderr.ToString());
        if (invalid.Severity == Severity.Error)
        {
            Assert.Equal(ExitCodes.InputErrors, exit);
            Assert.Contains("Nothing was written", stderr.ToString());
            Assert.Equal(published, Snapshot(site.OutputDir));
        }
        else
        {
            Assert.Equal(ExitCodes.Success, exit);
            Assert.False(File.Exists(Path.Combine(site.OutputDir, "sentinel.txt")), "a successful build replaces the whole output");
        }
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output-*"));
    }

    [Fact]
    public void Cases_CoverEveryCodeTheBuildEmits()
    {
        var names = typeof(DiagnosticCodes).GetFields().ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);
        var source = Path.Combine(RepoRoot.Path, "src", "Archive");
        var emitted = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => Path.GetFileName(p) != "DiagnosticCodes.cs")
            // Scaffolding (`archive new`) and the external link check run outside the build; their tests cover their codes.
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}Scaffolding{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}External{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => CodeUse().Matches(File.ReadAllText(p)).Select(m => m.Groups[1].Value))
            .Select(n => names[n])
            .ToHashSet(StringComparer.Ordinal);
        var covered = InvalidSite.All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(emitted.Except(covered).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cases_HaveUniqueNames()
    {
        Assert.Equal(InvalidSite.All.Count, InvalidSite.All.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [GeneratedRegex(@"DiagnosticCodes\.(\w+)")]
    private static partial Regex CodeUse();
}
