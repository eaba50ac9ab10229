using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Linking;

/// <summary>
/// The vocabulary as <see cref="Archive.Linking.TermLinker"/> resolves it and <see cref="Archive.Linking.TermIndex"/>
/// serves it: broader chains, what a broader term holds, cycles, unknown ids with did-you-mean, and the order of
/// everything readers see. The fixture is <see cref="VocabularySite"/>.
/// </summary>
public sealed class TermLinkingTests
{
    private const string Ceasefire = VocabularySite.Ceasefire;
    private const string Local = VocabularySite.Local;
    private const string Talks = VocabularySite.Talks;

    private static void Vocabulary(Dictionary<string, string> f) => VocabularySite.Add(f);

    private static Linked Link(Action<Dictionary<string, string>>? more = null) => Linked.Valid(f =>
    {
        Vocabulary(f);
        more?.Invoke(f);
    });

    [Fact]
    public void Link_Vocabulary_IsCleanAndEveryTermIsKnown()
    {
        var linked = Link();

        linked.AssertClean();
        Assert.Equal(["ceasefire", "halt-attacks", "local-truce", "regional-ceasefire", "talks"],
            linked.Site.Vocabulary.All.Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ancestors_ChainOfThree_NearestFirst()
    {
        var vocabulary = Link().Site.Vocabulary;

        Assert.Equal(["regional-ceasefire", "ceasefire"], vocabulary.Ancestors("local-truce").Select(t => t.Id));
        Assert.Equal(["ceasefire"], vocabulary.Ancestors("regional-ceasefire").Select(t => t.Id));
        Assert.Empty(vocabulary.Ancestors("ceasefire"));
    }

    [Fact]
    public void OffersUnder_BroaderTerm_HoldsNarrowerTermsOffersOnceEach()
    {
        var vocabulary = Link().Site.Vocabulary;

        // The March truce reaches "ceasefire" twice (through local-truce two levels down and through halt-attacks).
        Assert.Equal(["march-truce"], vocabulary.OffersUnder("ceasefire").Select(o => o.Id));
        Assert.Equal(["march-truce"], vocabulary.OffersUnder("regional-ceasefire").Select(o => o.Id));
        Assert.Empty(vocabulary.OffersWith("ceasefire"));
        Assert.Equal(["may-talks"], vocabulary.OffersUnder("talks").Select(o => o.Id));
        Assert.Empty(vocabulary.OffersUnder("no-such-term"));
    }

    [Fact]
    public void ArticlesUnder_BroaderTerm_HoldsWhatIsFiledBelowButNotAbove()
    {
        var vocabulary = Link().Site.Vocabulary;

        Assert.Equal(["daily-report"], vocabulary.ArticlesUnder("ceasefire").Select(a => a.Id));
        Assert.Equal(["daily-report"], vocabulary.ArticlesUnder("regional-ceasefire").Select(a => a.Id));
        Assert.Empty(vocabulary.ArticlesUnder("local-truce"));
    }

    [Fact]
    public void OffersUnder_SeveralOffers_InTimeOrder()
    {
        // May talks (2006-05-02) filed under a narrower term of ceasefire too: it comes after the March truce.
        var vocabulary = Link(f => f.Replace(ValidSite.Talks, "terms:\n  - talks", "terms:\n  - talks\n  - halt-attacks")).Site.Vocabulary;

        Assert.Equal(["march-truce", "may-talks"], vocabulary.OffersUnder("ceasefire").Select(o => o.Id));
    }

    [Fact]
    public void TopAndNarrower_AreInLabelOrder()
    {
        var vocabulary = Link().Site.Vocabulary;

        Assert.Equal(["Ceasefire", "Talks"], vocabulary.Top.Select(t => t.Label));
        Assert.Equal(["Ceasefire in a region", "Halt to attacks"], vocabulary.Narrower("ceasefire").Select(t => t.Label));
    }

    [Fact]
    public void Link_UnknownTermOnOffer_ErrorWithDidYouMeanAndTheTermIsDropped()
    {
        var files = ValidSite.Files();
        Vocabulary(files);
        files.Replace(ValidSite.Talks, "  - talks", "  - taks");
        using var site = TestSite.Create(files);

        var linked = Linked.From(site);

        var d = linked.Single(DiagnosticCodes.UnknownReference);
        Assert.Equal((ValidSite.Talks, TestSite.LineIn(files[ValidSite.Talks], "  - taks"), 5), (d.File, d.Line, d.Column));
        Assert.Equal("there is no term `taks`", d.Message);
        Assert.Equal("did you mean `talks`?", d.Hint);
        Assert.Empty(linked.Site.Offer("may-talks")!.Terms);
        Assert.Empty(linked.Site.Vocabulary.OffersUnder("talks"));
    }

    [Fact]
    public void Link_UnknownTermNothingClose_HintsCreatingTheFile()
    {
        var linked = Link(f => f.Replace(ValidSite.Report, "  - regional-ceasefire", "  - zzzzzz"));

        var d = linked.Single(DiagnosticCodes.UnknownReference);
        Assert.Equal(ValidSite.Report, d.File);
        Assert.Equal("create input/terms/zzzzzz.md or correct the id", d.Hint);
    }

    [Fact]
    public void Link_UnknownBroader_ErrorWithDidYouMeanAndTheTermBecomesATopTerm()
    {
        var files = ValidSite.Files();
        Vocabulary(files);
        files.Replace(Local, "broader: regional-ceasefire", "broader: regional-ceasfire");
        using var site = TestSite.Create(files);

        var linked = Linked.From(site);

        var d = linked.Single(DiagnosticCodes.UnknownReference);
        Assert.Equal((Local, TestSite.LineIn(files[Local], "broader:")), (d.File, d.Line));
        Assert.Equal("did you mean `regional-ceasefire`?", d.Hint);
        Assert.Contains(linked.Site.Vocabulary.Top, t => t.Id == "local-truce");
        Assert.Empty(linked.Site.Vocabulary.OffersUnder("regional-ceasefire"));
    }

    [Fact]
    public void Link_TermThatIsAGroupId_SaysWhatTheIdIs()
    {
        var linked = Link(f => f.Replace(ValidSite.Talks, "  - talks", "  - state-government"));

        var d = linked.Single(DiagnosticCodes.UnknownReference);
        Assert.StartsWith("`state-government` is a group", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_BroaderIsItself_SelfReferenceAndATopTerm()
    {
        var linked = Link(f => f.Replace(Talks, "label: \"Talks\"\n", "label: \"Talks\"\nbroader: talks\n"));

        var d = linked.Single(DiagnosticCodes.SelfReference);
        Assert.Equal(Talks, d.File);
        Assert.Contains(linked.Site.Vocabulary.Top, t => t.Id == "talks");
    }

    [Fact]
    public void Link_CycleOfTwo_OneErrorNamingThePathAndNoTermIsLost()
    {
        var files = ValidSite.Files();
        Vocabulary(files);
        files.Replace(Ceasefire, "label: \"Ceasefire\"\n", "label: \"Ceasefire\"\nbroader: regional-ceasefire\n");
        using var site = TestSite.Create(files);

        var linked = Linked.From(site);

        var d = linked.Single(DiagnosticCodes.TermCycle);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal((Ceasefire, TestSite.LineIn(files[Ceasefire], "broader:")), (d.File, d.Line));
        Assert.Equal("`broader` makes a cycle: ceasefire → regional-ceasefire → ceasefire", d.Message);
        var vocabulary = linked.Site.Vocabulary;
        Assert.Equal(5, vocabulary.All.Count);
        // Both terms of the cycle are cut loose (top terms); the terms that only point into it keep their broader term.
        Assert.Empty(vocabulary.Ancestors("ceasefire"));
        Assert.Empty(vocabulary.Ancestors("regional-ceasefire"));
        Assert.Equal(["regional-ceasefire"], vocabulary.Ancestors("local-truce").Select(t => t.Id));
        Assert.Equal(["ceasefire"], vocabulary.Ancestors("halt-attacks").Select(t => t.Id));
        Assert.Equal(["march-truce"], vocabulary.OffersUnder("ceasefire").Select(o => o.Id));
        Assert.Equal(["march-truce"], vocabulary.OffersUnder("regional-ceasefire").Select(o => o.Id));
    }

    [Fact]
    public void Link_CycleOfThree_ReportedOnceWhereverTheWalkStarts()
    {
        var files = ValidSite.Files();
        Vocabulary(files);
        files.Replace(Ceasefire, "label: \"Ceasefire\"\n", "label: \"Ceasefire\"\nbroader: local-truce\n");
        using var site = TestSite.Create(files);

        var linked = Linked.From(site);

        var d = linked.Single(DiagnosticCodes.TermCycle);
        Assert.Equal("`broader` makes a cycle: ceasefire → local-truce → regional-ceasefire → ceasefire", d.Message);
        Assert.Equal(Ceasefire, d.File);
        Assert.Equal(3, linked.Site.Vocabulary.Top.Count(t => t.Id is "ceasefire" or "local-truce" or "regional-ceasefire"));
        Assert.Equal(["ceasefire"], linked.Site.Vocabulary.Ancestors("halt-attacks").Select(t => t.Id));
    }

    [Fact]
    public void Link_TermWithItsBroaderTerm_KeepsOnlyTheNarrowerOne()
    {
        var linked = Link(f => f.Replace(ValidSite.Talks, "terms:\n  - talks", "terms:\n  - ceasefire\n  - talks\n  - local-truce"));

        var d = linked.Single(DiagnosticCodes.TermRedundant);
        Assert.Equal("`ceasefire` is broader than `local-truce`, which is also listed; a record carries only its most specific terms", d.Message);
        Assert.Equal(["talks", "local-truce"], linked.Site.Offer("may-talks")!.Terms.Select(r => r.Id));
    }

    [Fact]
    public void Link_TermListedTwice_KeptOnce()
    {
        var linked = Link(f => f.Replace(ValidSite.Talks, "terms:\n  - talks", "terms:\n  - talks\n  - talks"));

        linked.Single(DiagnosticCodes.TermListedTwice);
        Assert.Equal(["talks"], linked.Site.Offer("may-talks")!.Terms.Select(r => r.Id));
    }

    [Fact]
    public void Load_TermWithoutLabelOrDefinition_RequiredFieldErrors()
    {
        var linked = Link(f => f[Talks] = "---\nbroader: ceasefire\n---\n");

        var missing = linked.Diagnostics.Where(d => d.Code == DiagnosticCodes.RequiredFieldMissing).Select(d => (d.File, d.Message)).ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, m => Assert.Equal(Talks, m.File));
        Assert.Contains(missing, m => m.Message.Contains("`label`", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Message.Contains("`definition`", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TermWithMisspeltField_UnknownFieldWithTheRightName()
    {
        var files = ValidSite.Files();
        Vocabulary(files);
        files.Replace(Local, "broader:", "broadr:");
        using var site = TestSite.Create(files);

        var d = Linked.From(site).Single(DiagnosticCodes.UnknownField);

        Assert.Equal((Local, TestSite.LineIn(files[Local], "broadr:")), (d.File, d.Line));
        Assert.Contains("`broader`", d.Hint, StringComparison.Ordinal);
    }
}
