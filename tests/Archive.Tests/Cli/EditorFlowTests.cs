using Archive.Cli;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Cli;

/// <summary>What an editor does from the terminal, end to end.</summary>
public sealed class EditorFlowTests
{
    [Fact]
    public void Check_TenPlantedMistakes_ReportsAllTenInOneRun()
    {
        using var site = TestSite.CopyOf(RepoRoot.SeedInput);
        void Plant(string file, string from, string to)
        {
            var text = site.Read(file);
            Assert.Contains(from, text);
            site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
        }
        const string Truce = "input/offers/2020-10-iran-backed-factions-conditional-truce.md";
        const string Khalilzad = "input/offers/2006-03-insurgent-peace-proposal-to-khalilzad.md";
        const string Abc = "input/articles/abc-ap-2020-iran-backed-militias-offer-truce.md";
        const string Kh = "input/groups/kataib-hezbollah.md";
        Plant(Truce, "form: conditional-offer", "form: conditional");                       // 1 enum
        Plant(Truce, "  - kataib-hezbollah", "  - kataib-hezbolah");                       // 2 unknown id
        Plant(Khalilzad, "status: broken-off", "status: broken-off\nstatuss: x");           // 3 unknown field
        Plant(Abc, "published: \"2020-10-11\"", "published: \"2020-02-30\"");              // 4 impossible date
        Plant(Abc, "kind: news", "kind: newz");                                             // 5 enum
        Plant(Kh, "member_of:\n", "member_of:\n  - kataib-hezbollah\n");                     // 6 self-reference
        Plant("input/groups/unami.md", "name:", "nmae:");                                   // 7 unknown field + 8 missing name
        site.Write("input/articles/Bad_Name.md", "---\ntitle: x\n---\n");                   // 9 invalid file name
        site.Write("input/pages/draft-notes.md", "title: no front matter\n");               // 10 no front matter

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(["check", "--source", site.Root], stdout, stderr);

        Assert.Equal(ExitCodes.InputErrors, exit);
        var errors = stderr.ToString().Split('\n').Where(l => l.Contains(": error ARC", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count >= 10, string.Join('\n', errors));
        foreach (var (file, code) in new[]
                 {
                     (Truce, "ARC006"), (Truce, "ARC010"), (Khalilzad, "ARC003"), (Abc, "ARC008"), (Abc, "ARC006"), (Kh, "ARC019"),
                     ("input/groups/unami.md", "ARC003"), ("input/groups/unami.md", "ARC004"), ("input/articles/Bad_Name.md", "ARC007"),
                     ("input/pages/draft-notes.md", "ARC001"),
                 })
        {
            Assert.Contains(errors, l => l.StartsWith(file + ":", StringComparison.Ordinal) && l.Contains(code, StringComparison.Ordinal));
        }
        Assert.Contains("did you mean `kataib-hezbollah`?", stderr.ToString());
    }

    [Fact]
    public void NewArticle_FilledInAndBuilt_AppearsOnItsGroupOfferAndDatePages()
    {
        using var site = TestSite.Valid();
        var exit = Program.Run(["new", "article", "brigade-statement", "--source", site.Root, "--title", "Brigade statement"], new StringWriter(), new StringWriter());
        Assert.Equal(ExitCodes.Success, exit);

        const string File = "input/articles/brigade-statement.md";
        var scaffold = site.Read(File);
        var filled = string.Join('\n', scaffold.Split('\n').Select(line => line switch
        {
            _ when line.StartsWith("kind:", StringComparison.Ordinal) => "kind: statement",
            _ when line.StartsWith("source:", StringComparison.Ordinal) => "source: \"Brigade press office\"",
            _ when line.StartsWith("published:", StringComparison.Ordinal) => "published: \"2006-03-20\"",
            _ when line.StartsWith("summary:", StringComparison.Ordinal) => "summary: \"The brigade repeats its truce offer.\"\ngroups: [northern-brigade]\noffers: [march-truce]",
            _ when line.Contains("<<", StringComparison.Ordinal) => "",
            _ => line,
        }));
        site.Write(File, filled + "\nThe Northern Brigade repeats its offer.\n");

        // `new` recorded the hash of the empty scaffold; the first check gives the hash of the pasted text to record.
        var check = new StringWriter();
        Assert.Equal(ExitCodes.InputErrors, Program.Run(["check", "--source", site.Root], new StringWriter(), check));
        var hash = System.Text.RegularExpressions.Regex.Match(check.ToString(), "`text_sha256: ([0-9a-f]{64})`").Groups[1].Value;
        site.Write(File, System.Text.RegularExpressions.Regex.Replace(site.Read(File), "(?m)^text_sha256: .*$", "text_sha256: " + hash));

        Assert.Equal(ExitCodes.Success, Program.Run(["build", "--source", site.Root], new StringWriter(), new StringWriter()));
        Assert.Contains("/articles/brigade-statement/", Hrefs(site, "/groups/northern-brigade/"));
        Assert.Contains("/articles/brigade-statement/", Hrefs(site, "/offers/march-truce/"));
        Assert.Contains("/articles/brigade-statement/", Hrefs(site, "/dates/2006/03/20/"));
        Assert.Contains("/articles/brigade-statement/", Hrefs(site, "/dates/2006/03/"));
    }

    private static List<string?> Hrefs(TestSite site, string url) =>
        site.Page(url).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
}
