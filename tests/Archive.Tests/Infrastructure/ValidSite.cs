namespace Archive.Tests.Infrastructure;

/// <summary>
/// The smallest archive that uses every part of the content model: three groups (a coalition with a member),
/// two articles with quoted passages and a note, two offers (one with events, responses and a dispute between the two
/// articles) and a free page. It builds without errors or warnings; invalid-input tests change one file of it.
/// </summary>
internal static class ValidSite
{
    public const string SiteYml = "input/site.yml";
    public const string Coalition = "input/groups/resistance-front.md";
    public const string Member = "input/groups/northern-brigade.md";
    public const string Government = "input/groups/state-government.md";
    public const string Report = "input/articles/daily-report.md";
    public const string Analysis = "input/articles/weekly-analysis.md";
    public const string Truce = "input/offers/march-truce.md";
    public const string Talks = "input/offers/may-talks.md";
    public const string About = "input/pages/about.md";

    public const string Text = """
        -- input/site.yml --
        title: "Test Archive"
        description: "A small archive for tests."
        base_url: "https://archive.example.org/"
        language: en
        editors:
          - "Test Editor"
        -- input/groups/resistance-front.md --
        ---
        name: "Resistance Front"
        acronym: "RF"
        kind: coalition
        orientation: "Umbrella body"
        active: "2005/.."
        summary: "An umbrella body of armed groups."
        ---

        The Resistance Front is a coalition of armed groups.
        -- input/groups/northern-brigade.md --
        ---
        name: "Northern Brigade"
        kind: armed-group
        member_of:
          - resistance-front
        summary: "An armed group in the north."
        ---

        The Northern Brigade operates in the northern provinces.
        -- input/groups/state-government.md --
        ---
        name: "State Government"
        kind: government
        summary: "The national government."
        ---

        The government of the state.
        -- input/articles/daily-report.md --
        ---
        title: "Brigade offers truce"
        kind: news
        source: "The Daily Report"
        authors:
          - "A. Writer"
        published: "2006-03-15"
        url: "https://news.example.com/truce"
        retrieved: "2006-03-16"
        groups:
          - northern-brigade
          - state-government
        offers:
          - march-truce
        summary: "The brigade offers a truce to the government."
        notes:
          - quote: "officials said on Tuesday"
            note: "Tuesday was March 14, 2006."
        ---

        The Northern Brigade has offered a *three-month truce* to the [State Government](https://gov.example.org/) if talks begin, officials said on Tuesday.

        A spokesman said the brigade “would halt all attacks” during the truce.

        ## Reactions

        The government did not respond. A mediator said the first meeting was planned for May 3.
        -- input/articles/weekly-analysis.md --
        ---
        title: "Talks in the spring"
        kind: analysis
        source: "Weekly Analysis"
        published: "2006-04"
        archived_url: "https://web.archive.org/web/2006/https://analysis.example.com/spring"
        groups:
          - resistance-front
        summary: "An analysis of the spring talks."
        ---

        Analysts say the Resistance Front agreed to meet government envoys in May.

        The coalition's leaders met envoys on May 2, 2006, but the talks ended without agreement.
        -- input/offers/march-truce.md --
        ---
        title: "Three-month truce offer"
        date: "2006-03"
        form: conditional-offer
        by:
          - northern-brigade
        to:
          - state-government
        via:
          - resistance-front
        offered:
          - "Halt all attacks for three months"
        conditions:
          - "Talks begin"
        status: unanswered
        sources:
          - article: daily-report
            quote: "offered a three-month truce to the State Government"
          - article: daily-report
            quote: "the brigade \"would halt all attacks\""
        ---

        The brigade offered a truce in March 2006.
        -- input/offers/may-talks.md --
        ---
        title: "May talks proposal"
        date: "2006-05-02"
        form: negotiated-proposal
        by:
          - resistance-front
        to:
          - state-government
        offered:
          - "Open talks"
        status: broken-off
        events:
          - date: "2006-05-02"
            what: "Leaders meet government envoys."
            source: weekly-analysis
        responses:
          - by: state-government
            date: "2006-05-10"
            stance: rejected
            source: weekly-analysis
        disputes:
          - about: "the date of the first meeting"
            positions:
              - {article: weekly-analysis, quote: "May 2, 2006, but the talks ended without agreement"}
              - {article: daily-report, quote: "the first meeting was planned for May 3", note: "One source gives May 3."}
        sources:
          - article: weekly-analysis
            quote: "The coalition's leaders met envoys on May 2, 2006"
        ---

        The coalition proposed talks.
        -- input/pages/about.md --
        ---
        title: "About"
        summary: "About this test archive."
        ---

        This archive is for tests.

        ## Scope

        It covers two offers.
        """;

    /// <summary>The fixture's files by path, fresh for every call so tests can change them.</summary>
    public static Dictionary<string, string> Files() => Txtar.Parse(Text);
}
