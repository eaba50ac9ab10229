using Archive.Content;
using Archive.Diagnostics;

namespace Archive.Scaffolding;

/// <summary>
/// Writes a new record file in which every required field holds a <c>&lt;&lt;placeholder&gt;&gt;</c> and every
/// optional field is a commented-out example, so the editor starts from the content model rather than a blank file.
/// Never overwrites: an existing file is reported, not replaced.
/// </summary>
public sealed class Scaffolder
{
    private readonly TimeProvider _clock;

    public Scaffolder()
        : this(TimeProvider.System)
    {
    }

    /// <param name="clock">Gives today's date for an article's <c>retrieved</c>.</param>
    public Scaffolder(TimeProvider clock) => _clock = clock;

    /// <summary>The file name of a record, relative to the site folder: <c>input/articles/&lt;id&gt;.md</c>.</summary>
    public static string RelativePath(RecordKind kind, string id) => $"input/{Folder(kind)}/{id}.md";

    /// <summary>The text of a new record file, without touching the disk; an article is retrieved <paramref name="today"/> (default: today, local time).</summary>
    public static string Render(RecordKind kind, string? title = null, DateOnly? today = null) =>
        ScaffoldTemplates.For(kind, title, today ?? DateOnly.FromDateTime(DateTime.Now));

    /// <summary>Writes the scaffold, unless the id is invalid, the site has no <c>input/</c> or the file already exists.</summary>
    public ScaffoldResult Create(ScaffoldRequest request)
    {
        var relative = RelativePath(request.Kind, request.Id);
        if (!RecordId.IsValid(request.Id))
        {
            return Failed(DiagnosticCodes.InvalidId, relative, $"`{request.Id}` is not a valid id: {RecordId.Problem(request.Id)}",
                $"use `{RecordId.Suggest(request.Id)}`");
        }

        var input = Path.Combine(request.SiteRoot, "input");
        if (!Directory.Exists(input))
        {
            return Failed(DiagnosticCodes.UnreadableFile, "input", $"there is no input/ folder in {request.SiteRoot}",
                "run the command in the archive's folder or pass --source DIR");
        }

        var path = Path.Combine(input, Folder(request.Kind), request.Id + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew rather than an Exists check, so a file created in between is not overwritten either.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(Render(request.Kind, request.Title, DateOnly.FromDateTime(_clock.GetLocalNow().DateTime)));
        }
        catch (IOException) when (File.Exists(path))
        {
            return Failed(DiagnosticCodes.DuplicateId, relative, "the file already exists and was left as it is",
                "choose another id, or edit the existing file");
        }
        return new ScaffoldResult(relative, []);
    }

    private static ScaffoldResult Failed(string code, string file, string message, string hint) =>
        new(null, [new Diagnostic(code, Severity.Error, file, 0, 0, message, hint)]);

    private static string Folder(RecordKind kind) => kind switch
    {
        RecordKind.Article => "articles",
        RecordKind.Group => "groups",
        RecordKind.Offer => "offers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no folder for this kind"),
    };
}
