using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Diagnostics;
using Archive.Linking;

namespace Archive.Tests.Infrastructure;

/// <summary>
/// The one temporary-folder helper of the tests: a fixture archive (or any scratch folder) in its own temporary
/// folder, written from inline strings, built with <see cref="SiteBuilder"/> into <c>&lt;temp&gt;/output</c> and
/// read back with AngleSharp. Disposing deletes the folder.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private TestSite(string root) => Root = root;

    /// <summary>The site folder, holding <c>input/</c>.</summary>
    public string Root { get; }

    public string OutputDir => Path.Combine(Root, "output");

    /// <summary>The result of the last <see cref="Build"/> or <see cref="Check"/>.</summary>
    public BuildResult? Result { get; private set; }

    public static TestSite Create(IReadOnlyDictionary<string, string> files)
    {
        var root = Path.Combine(Path.GetTempPath(), "archive-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        foreach (var (path, content) in files) site.Write(path, content);
        return site;
    }

    /// <summary>An empty folder, for tests that need somewhere to write (a cache, an output) rather than a site.</summary>
    public static TestSite Folder() => Create(new Dictionary<string, string>());

    /// <summary>A site with <c>input/site.yml</c> and nothing else.</summary>
    public static TestSite Empty() => Create(new Dictionary<string, string> { ["input/site.yml"] = MinimalSite.SiteYml });

    /// <summary>The <see cref="MinimalSite"/>: one group, one article, one offer citing the article.</summary>
    public static TestSite Minimal() => Create(MinimalSite.Files());

    /// <summary>A site written from a txtar string (<c>-- path --</c> lines between files).</summary>
    public static TestSite FromTxtar(string text) => Create(Txtar.Parse(text));

    /// <summary>The valid fixture, optionally changed first.</summary>
    public static TestSite Valid(Action<Dictionary<string, string>>? change = null)
    {
        var files = ValidSite.Files();
        change?.Invoke(files);
        return Create(files);
    }

    /// <summary>An empty site folder whose <c>input/</c> is a copy of <paramref name="inputDir"/>.</summary>
    public static TestSite CopyOf(string inputDir)
    {
        var site = Create(new Dictionary<string, string>());
        CopyDirectory(inputDir, Path.Combine(site.Root, "input"));
        return site;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
    public string Write(string relative, string content) => WriteBytes(relative, Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relative, byte[] content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <param name="search">Also build the search index (Pagefind), as <c>archive build</c> does.</param>
    public BuildResult Build(bool includeDrafts = false, bool search = false)
    {
        Result = new SiteBuilder().Build(new BuildRequest(Root, OutputDir, includeDrafts) { Search = search });
        return Result;
    }

    /// <summary>Builds without writing anything, like <c>archive check</c>.</summary>
    public BuildResult Check(bool includeDrafts = false)
    {
        Result = new SiteBuilder().Build(new BuildRequest(Root, null, includeDrafts));
        return Result;
    }

    /// <summary>Builds and fails the test, listing every diagnostic, unless the build had no errors.</summary>
    public BuildResult BuildClean(bool allowWarnings = false, bool search = false)
    {
        var result = Build(search: search);
        var unexpected = result.Diagnostics.Where(d => d.IsError || !allowWarnings).ToList();
        Assert.True(unexpected.Count == 0, "unexpected diagnostics:\n" + string.Join('\n', unexpected));
        Assert.True(result.Published, "the build published nothing");
        return result;
    }

    /// <summary>The output file a site URL such as <c>/groups/x/</c> is published at.</summary>
    public string OutputPath(string url) => Path.Combine(OutputDir, Urls.ToFilePath(url).Replace('/', Path.DirectorySeparatorChar));

    public bool Exists(string url) => File.Exists(OutputPath(url));

    /// <summary>The published page at <paramref name="url"/>, parsed.</summary>
    public IDocument Page(string url)
    {
        var path = OutputPath(url);
        Assert.True(File.Exists(path), $"no page is published at {url} ({path})");
        return Parser.ParseDocument(File.ReadAllText(path));
    }

    /// <summary>Every published HTML page by site URL (<c>a/index.html</c> as <c>/a/</c>).</summary>
    public IReadOnlyList<string> PageUrls() =>
        Directory.EnumerateFiles(OutputDir, "*.html", SearchOption.AllDirectories)
            .Select(p => "/" + Path.GetRelativePath(OutputDir, p).Replace('\\', '/'))
            .Select(u => u.EndsWith("/index.html", StringComparison.Ordinal) ? u[..^"index.html".Length] : u)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The diagnostics of the last build with the given code.</summary>
    public IReadOnlyList<Diagnostic> DiagnosticsWith(string code) =>
        (Result ?? throw new InvalidOperationException("build first")).Diagnostics.Where(d => d.Code == code).ToList();

    /// <summary>The 1-based line of <paramref name="relative"/> that contains <paramref name="text"/> (exactly one must).</summary>
    public int LineOf(string relative, string text) => LineIn(Read(relative), text);

    public static int LineIn(string content, string text)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var hits = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 1, $"expected exactly one line containing `{text}`, found {hits.Count}");
        return hits[0] + 1;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failed test must not hide that test's own failure.
        }
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
