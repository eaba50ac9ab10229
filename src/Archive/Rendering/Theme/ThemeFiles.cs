using System.Reflection;
using Archive.Content;
using Archive.Platform;
using Archive.Diagnostics;


namespace Archive.Rendering.Theme;

/// <summary>
/// The files of a theme: layouts, partials and assets, by path relative to the theme folder
/// (<c>layouts/article.sbn-html</c>). Read from <c>themes/&lt;name&gt;/</c> when the site has it, otherwise from the
/// default theme built into the library; files under <c>input/theme/</c> replace theme files of the same name.
/// </summary>
public sealed class ThemeFiles
{
    private const string EmbeddedPrefix = "DefaultTheme/";

    private readonly IReadOnlyDictionary<string, string> _overrides;

    private ThemeFiles(string origin, IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, string> overrides,
        IReadOnlyList<(string File, string? Replaces)> unusedOverrides)
    {
        Origin = origin;
        Files = files;
        _overrides = overrides;
        UnusedOverrides = unusedOverrides;
    }

    /// <summary>Where the theme came from, for messages: a folder, or "built-in".</summary>
    public string Origin { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>
    /// Files under <c>input/theme/</c> that replace nothing the build reads (say <c>home.hbs</c> from before the
    /// theme moved to Scriban), with the theme file the editor probably meant, if one has the same base name.
    /// </summary>
    public IReadOnlyList<(string File, string? Replaces)> UnusedOverrides { get; }

    public IEnumerable<string> Layouts => Names("layouts/");

    public IEnumerable<string> Partials => Names("partials/");

    public IEnumerable<string> Assets => Files.Keys.Where(k => k.StartsWith("assets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Files[path]);

    /// <summary>The file an editor would open to change a template: the override, the theme folder, or the built-in name.</summary>
    public string DisplayPath(string path) =>
        _overrides.TryGetValue(path, out var overridden) ? overridden
        : Origin == "built-in" ? $"(built-in theme)/{path}" : $"{Origin}/{path}";

    private IEnumerable<string> Names(string folder) => Files.Keys
        .Where(k => k.StartsWith(folder, StringComparison.Ordinal) && k.EndsWith(ThemeTemplates.Extension, StringComparison.Ordinal))
        .Order(StringComparer.Ordinal);

    /// <param name="diagnostics">Receives a warning for each override that is not a regular file, and an error for each
    /// link leaving <c>input/</c>: such files are never opened (a FIFO would block the build forever).</param>
    public static ThemeFiles Load(string siteRoot, string themeName, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(siteRoot, "themes", themeName);
        var (origin, files) = Directory.Exists(folder)
            ? ($"themes/{themeName}", FromFolder(folder, $"themes/{themeName}", diagnostics))
            : ("built-in", FromEmbedded());

        var overrides = Path.Combine(siteRoot, "input", "theme");
        var overridden = new Dictionary<string, string>(StringComparer.Ordinal);
        var unused = new List<(string, string?)>();
        if (Directory.Exists(overrides))
        {
            var themeFiles = files.Keys.ToList();
            var input = new InputFolder(Path.Combine(siteRoot, "input"));
            foreach (var path in Directory.EnumerateFiles(overrides, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                var relative = Path.GetRelativePath(overrides, path).Replace('\\', '/');
                if (!input.IsReadable(path, "input/theme/" + relative, diagnostics)) continue;
                var target = themeFiles.FirstOrDefault(k => Path.GetFileName(k) == name) ?? relative;
                if (!IsUsed(target))
                {
                    var stem = Path.GetFileNameWithoutExtension(name);
                    var meant = themeFiles.FirstOrDefault(k => IsUsed(k) && Path.GetFileNameWithoutExtension(Path.GetFileName(k)) == stem);
                    unused.Add(("input/theme/" + relative, meant is null ? null : Path.GetFileName(meant)));
                    continue;
                }
                files[target] = File.ReadAllBytes(path);
                overridden[target] = "input/theme/" + relative;
            }
        }
        return new ThemeFiles(origin, files, overridden, unused);
    }

    /// <summary>Templates are read from layouts/ and partials/, assets are copied from assets/; nothing else is used.</summary>
    private static bool IsUsed(string path) =>
        path.StartsWith("assets/", StringComparison.Ordinal)
        || (path.StartsWith("layouts/", StringComparison.Ordinal) || path.StartsWith("partials/", StringComparison.Ordinal))
           && path.EndsWith(ThemeTemplates.Extension, StringComparison.Ordinal);

    private static Dictionary<string, byte[]> FromFolder(string folder, string shown, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(p => !Path.GetFileName(p).StartsWith('.')))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (Posix.KindOf(path) != FileKind.Regular)
            {
                diagnostics.Warning(DiagnosticCodes.UnreadableFile, $"{shown}/{relative}", 0, 0,
                    "this is not a regular file (a named pipe, socket, device or broken link) and is skipped without being opened",
                    "remove it from the theme; only ordinary files are read");
                continue;
            }
            files[relative] = File.ReadAllBytes(path);
        }
        return files;
    }

    private static Dictionary<string, byte[]> FromEmbedded()
    {
        var assembly = typeof(ThemeFiles).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files[name[EmbeddedPrefix.Length..].Replace('\\', '/')] = memory.ToArray();
        }
        return files;
    }
}
