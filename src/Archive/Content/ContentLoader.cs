using System.Text;
using Archive.Diagnostics;
using Archive.Markdown;
using Archive.Platform;

namespace Archive.Content;

/// <summary>
/// Stage 1: finds the files under <c>input/</c>, splits front matter, reads YAML into records and parses
/// Markdown bodies. Problems become diagnostics; a file with a fatal problem is left out, the rest still load.
/// Only regular files are opened (a FIFO would block the build forever), and no link is followed out of <c>input/</c>.
/// </summary>
public sealed class ContentLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The largest input file read. A news article is a few kilobytes; a file this large is almost certainly a
    /// mistake (a pasted PDF dump, a binary), and parsing it would stall every build and preview.
    /// </summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    private readonly ArchiveMarkdown _markdown;
    private readonly BodySanitizer _sanitizer;

    public ContentLoader(ArchiveMarkdown markdown)
    {
        _markdown = markdown;
        _sanitizer = new BodySanitizer(markdown);
    }

    /// <param name="siteRoot">The folder holding <c>input/</c>.</param>
    /// <param name="cache">What an earlier load of the same site read (the preview keeps one): a file whose size and
    /// modification time are unchanged, and that was not named changed since, is not read again.</param>
    public ContentSet Load(string siteRoot, DiagnosticBag diagnostics, LoadCache? cache = null)
    {
        var input = Path.Combine(siteRoot, "input");
        if (!Directory.Exists(input))
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, "input", 0, 0, $"there is no input/ folder in {siteRoot}",
                "run the command in the archive's folder or pass --source DIR");
            return new ContentSet(SiteConfig.Default, [], [], [], []);
        }

        var inputs = new InputFolder(input);
        var config = LoadConfig(siteRoot, inputs, diagnostics);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var shared = new SharedStrings();
        cache?.BeginRound();
        var articles = LoadFolder(siteRoot, inputs, "articles", shared, diagnostics, ArticleReader.Read, unreadable, cache);
        var groups = LoadFolder(siteRoot, inputs, "groups", shared, diagnostics, GroupReader.Read, unreadable, cache);
        var offers = LoadFolder(siteRoot, inputs, "offers", shared, diagnostics, OfferReader.Read, unreadable, cache);
        var pages = LoadFolder(siteRoot, inputs, "pages", shared, diagnostics, PageReader.Read, unreadable, cache);
        var terms = LoadFolder(siteRoot, inputs, "terms", shared, diagnostics, TermReader.Read, unreadable, cache);
        cache?.EndRound();
        return new ContentSet(config, articles, groups, offers, pages) { Unreadable = unreadable, Terms = terms };
    }

    /// <summary>
    /// Reads one record file again (<c>input/articles/x.md</c>, <c>input/groups/…</c> or <c>input/offers/…</c>), as
    /// <see cref="Load"/> reads it: for a preview whose watcher named the files that changed, instead of looking at
    /// every file. The record, or null when the file did not load (its diagnostics say why).
    /// </summary>
    public object? LoadRecord(string siteRoot, string relative, DiagnosticBag diagnostics, LoadCache cache)
    {
        var folder = relative.Split('/')[1];
        var inputs = new InputFolder(Path.Combine(siteRoot, "input"));
        var path = Path.Combine(siteRoot, relative);
        // Sharing saves memory across a whole load; one file read alone has nothing to share with.
        var shared = new SharedStrings();
        return folder switch
        {
            "articles" => cache.GetOrLoad(relative, path, diagnostics, bag => LoadFile(inputs, path, folder, shared, bag, ArticleReader.Read, pack: false)),
            "groups" => cache.GetOrLoad(relative, path, diagnostics, bag => LoadFile(inputs, path, folder, shared, bag, GroupReader.Read, pack: false)),
            "offers" => cache.GetOrLoad(relative, path, diagnostics, bag => LoadFile(inputs, path, folder, shared, bag, OfferReader.Read, pack: false)),
            _ => throw new ArgumentException($"{relative} is not an article, group or offer file", nameof(relative)),
        };
    }

    private static SiteConfig LoadConfig(string siteRoot, InputFolder inputs, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteRoot, SiteConfigReader.RelativePath);
        if (!File.Exists(path) && Posix.KindOf(path, followLinks: false) == FileKind.Missing)
        {
            diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, SiteConfigReader.RelativePath, 0, 0, "input/site.yml is missing",
                "create it with at least `title:` and `base_url:`");
            return SiteConfig.Default;
        }
        if (!inputs.IsReadable(path, SiteConfigReader.RelativePath, diagnostics)) return SiteConfig.Default;
        var text = ReadText(path, SiteConfigReader.RelativePath, diagnostics);
        return text is null ? SiteConfig.Default : SiteConfigReader.Read(text, diagnostics, Themes(siteRoot));
    }

    /// <summary>The themes a site can name: the folders under <c>themes/</c>, and the built-in <c>default</c>.</summary>
    private static IReadOnlyList<string> Themes(string siteRoot)
    {
        var folder = Path.Combine(siteRoot, "themes");
        var names = Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.'))
            : [];
        return names.Append("default").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private List<T> LoadFolder<T>(string siteRoot, InputFolder inputs, string folder, SharedStrings shared, DiagnosticBag diagnostics,
        Func<string, FieldReader, MarkdownBody, T> read, HashSet<string> unreadable, LoadCache? cache)
    {
        var dir = Path.Combine(siteRoot, "input", folder);
        if (!Directory.Exists(dir)) return [];
        if (!inputs.IsInside(dir))
        {
            diagnostics.Error(DiagnosticCodes.LinkLeavesInput, $"input/{folder}", 0, 0,
                $"input/{folder} is a link to {Posix.RealPath(dir)}, outside input/; nothing in it is read",
                $"replace the link with a real folder, or move the files into input/{folder}/");
            return [];
        }

        var files = Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .ToList();
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            if (cache is null)
            {
                results[i] = LoadFile(inputs, files[i], folder, shared, diagnostics, read, pack: true);
                return;
            }
            var relative = $"input/{folder}/{Path.GetFileName(files[i])}";
            results[i] = (T?)cache.GetOrLoad(relative, files[i], diagnostics, bag => LoadFile(inputs, files[i], folder, shared, bag, read, pack: false));
        });
        for (var i = 0; i < files.Count; i++)
        {
            var name = Path.GetFileName(files[i]);
            if (results[i] is null && name.EndsWith(".md", StringComparison.Ordinal)) unreadable.Add(folder[..^1] + ":" + name[..^3]);
        }
        return results.Where(r => r is not null).Select(r => r!).ToList();
    }

    /// <param name="pack">Whether the body keeps its texts packed (<see cref="MarkdownBody.From"/>): a build reads each a few
    /// times and needs the memory; a preview, which keeps a <see cref="LoadCache"/>, links the same texts again on every edit.</param>
    private T? LoadFile<T>(InputFolder inputs, string path, string folder, SharedStrings shared, DiagnosticBag diagnostics,
        Func<string, FieldReader, MarkdownBody, T> read, bool pack)
    {
        var name = Path.GetFileName(path);
        var relative = $"input/{folder}/{name}";
        if (name.StartsWith('.')) return default;
        if (Posix.KindOf(path) == FileKind.Directory)
        {
            diagnostics.Warning(DiagnosticCodes.UnreadableFile, relative, 0, 0, "sub-folders are not read",
                $"move the files directly into input/{folder}/");
            return default;
        }
        if (!name.EndsWith(".md", StringComparison.Ordinal))
        {
            var hint = name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".MD", StringComparison.Ordinal)
                ? $"rename it to {Path.GetFileNameWithoutExtension(name)}.md" : "only .md files are read here";
            diagnostics.Warning(DiagnosticCodes.UnreadableFile, relative, 0, 0, "this file is not a Markdown file and is skipped", hint);
            return default;
        }

        var id = name[..^3];
        if (!RecordId.IsValid(id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId, relative, 0, 0, $"the file name `{id}` is not a valid id: {RecordId.Problem(id)}",
                $"rename the file to {RecordId.Suggest(id)}.md");
            return default;
        }

        if (!inputs.IsReadable(path, relative, diagnostics)) return default;
        var text = ReadText(path, relative, diagnostics);
        if (text is null) return default;
        var split = FrontMatterSplitter.Split(text, relative, diagnostics);
        if (split is null) return default;
        var map = YamlLoader.LoadMapping(split.Yaml, relative, split.YamlFirstLine, diagnostics, allowEmpty: false);
        if (map is null) return default;

        if (MarkdownLimits.Parse(_markdown, split.Body, relative, split.BodyFirstLine, diagnostics) is not var (document, plainText)) return default;
        if (!ReportUnsafeHtml(document, relative, split.BodyFirstLine, diagnostics)) return default;
        var body = MarkdownBody.From(split.Body, split.BodyFirstLine, document, plainText, _markdown, pack);
        var fields = new FieldReader(map, relative, split.YamlFirstLine - 1, diagnostics, $"this {folder[..^1]}", shared);
        return read(id, fields, body);
    }

    /// <summary>
    /// Warns about every piece of raw HTML or URL that pages will leave out, from the same sanitizer run that pages
    /// use, with its line. False (after an error) when the raw HTML nests too deeply to be parsed at all.
    /// </summary>
    private bool ReportUnsafeHtml(Markdig.Syntax.MarkdownDocument document, string relative, int firstLine, DiagnosticBag diagnostics)
    {
        if (!BodySanitizer.MayChange(document)) return true;
        var sanitized = _sanitizer.Sanitize(document);
        if (sanitized.TooDeep is var (deepLine, deepColumn))
        {
            diagnostics.Error(DiagnosticCodes.NestedTooDeeply, relative, firstLine + deepLine, deepColumn + 1,
                $"the HTML in the text opens more than {BodySanitizer.MaxHtmlDepth} elements inside each other without closing them",
                "close each HTML tag you open (</div>, </span>), or remove the pasted HTML");
            return false;
        }
        foreach (var removed in sanitized.Removals)
        {
            diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, relative, firstLine + removed.Line, removed.Column + 1,
                $"{removed.What} was removed from the text: pages keep only plain formatting, links and images, and never run scripts or embed other documents",
                "remove it from the file; HTML such as <sup>, <abbr>, <table> or <figure> is kept");
        }
        return true;
    }

    /// <summary>Reads a file as strict UTF-8 without BOM and with LF line ends; reports bytes that are not UTF-8.</summary>
    internal static string? ReadText(string path, string relative, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, relative, 0, 0,
                    $"the file is {length / (1024.0 * 1024.0):0.0} MB; input files may be at most {MaxFileBytes / (1024 * 1024)} MB",
                    "keep only the article's text (use `rights: excerpt` for long documents), or split it");
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, relative, 0, 0, $"the file cannot be read: {ex.Message}");
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, relative, 0, 0, $"the file cannot be read: {ex.Message}", "check its permissions");
            return null;
        }

        var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Max(0, ex.Index) + start;
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            diagnostics.Error(DiagnosticCodes.UnreadableFile, relative, line, 0, "the file is not valid UTF-8",
                "save the file as UTF-8 (most editors: File › Save with Encoding › UTF-8)");
            return null;
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
