using Archive.Diagnostics;

namespace Archive.Checking.External;

/// <summary>The outcome of an external link check: one result per distinct address, one diagnostic per broken place.</summary>
public sealed record ExternalLinkReport(IReadOnlyList<ExternalLinkResult> Results, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Checked => Results.Count;

    public int OkCount => Results.Count(r => r.Ok);

    public int BrokenCount => Results.Count(r => !r.Ok);

    public int FromCacheCount => Results.Count(r => r.FromCache);

    /// <summary>One line for people, e.g. <c>Checked 12 external links: 11 ok, 1 broken (3 from cache)</c>.</summary>
    public string Summary =>
        $"Checked {Checked} external link{(Checked == 1 ? "" : "s")}: {OkCount} ok, {BrokenCount} broken" +
        (FromCacheCount > 0 ? $" ({FromCacheCount} from cache)" : "");
}
