namespace Archive.Tests.Infrastructure;

/// <summary>
/// The valid fixture with a small vocabulary: a chain of three (ceasefire → regional-ceasefire → local-truce), a
/// second narrower term of ceasefire (halt-attacks) and a top term (talks). The March truce carries two terms under
/// ceasefire, the May talks one; the daily report carries the middle of the chain.
/// </summary>
internal static class VocabularySite
{
    public const string Ceasefire = "input/terms/ceasefire.md";
    public const string Regional = "input/terms/regional-ceasefire.md";
    public const string Local = "input/terms/local-truce.md";
    public const string HaltAttacks = "input/terms/halt-attacks.md";
    public const string Talks = "input/terms/talks.md";

    public static string TermFile(string label, string? broader = null, string body = "") =>
        $"---\nlabel: \"{label}\"\ndefinition: \"What {label} means.\"\n" + (broader is null ? "" : $"broader: {broader}\n") + "---\n" + body;

    public static void Add(Dictionary<string, string> f)
    {
        f[Ceasefire] = TermFile("Ceasefire", body: "Any halt to *fighting*.\n");
        f[Regional] = TermFile("Ceasefire in a region", "ceasefire");
        f[Local] = TermFile("Local truce", "regional-ceasefire");
        f[HaltAttacks] = TermFile("Halt to attacks", "ceasefire");
        f[Talks] = TermFile("Talks");
        f.AddFields(ValidSite.Truce, "terms:\n  - local-truce\n  - halt-attacks");
        f.AddFields(ValidSite.Talks, "terms:\n  - talks");
        f.AddFields(ValidSite.Report, "terms:\n  - regional-ceasefire");
    }

    public static TestSite Create(Action<Dictionary<string, string>>? more = null) => TestSite.Valid(f =>
    {
        Add(f);
        more?.Invoke(f);
    });
}
