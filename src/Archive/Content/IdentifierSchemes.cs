namespace Archive.Content;

/// <summary>
/// The datasets the archive links to, and the shape of their ids. Chosen for joining records on ceasefires and armed
/// groups: Wikidata for anything; UCDP (Uppsala Conflict Data Program) actors and conflicts; PA-X peace agreements
/// (Edinburgh); ACLED actors; Stanford's Mapping Militant Organizations profiles.
/// </summary>
public static class IdentifierSchemes
{
    private const string Digits = "^[1-9][0-9]*$";

    public static readonly IReadOnlyList<IdentifierScheme> All =
    [
        new("wikidata", "Wikidata", "^Q[1-9][0-9]*$", "Q followed by digits, e.g. Q1234567",
            "https://www.wikidata.org/wiki/{id}", OnGroups: true, OnOffers: true),
        new("ucdp_actor", "UCDP actor", Digits, "digits (UCDP's actor id), e.g. 1234",
            "https://ucdp.uu.se/actor/{id}", OnGroups: true, OnOffers: false),
        new("ucdp_conflict", "UCDP conflict", Digits, "digits (UCDP's conflict id), e.g. 259",
            "https://ucdp.uu.se/conflict/{id}", OnGroups: false, OnOffers: true),
        new("pax", "PA-X agreement", Digits, "digits (the PA-X agreement id), e.g. 1234",
            "https://pax.peaceagreements.org/agreements/view/{id}", OnGroups: false, OnOffers: true),
        // ACLED names actors rather than numbering them, and has no page per actor: the id is the name as ACLED spells it.
        new("acled_actor", "ACLED actor", @"^\S(?:[^\r\n]{0,198}\S)?$", "the actor's name exactly as ACLED spells it (one line, at most 200 characters)",
            null, OnGroups: true, OnOffers: false),
        new("mmp", "Mapping Militant Organizations", "^[a-z0-9]+(?:-[a-z0-9]+)*$", "the profile's address name, e.g. kataib-hezbollah",
            "https://cisac.fsi.stanford.edu/mappingmilitants/profiles/{id}", OnGroups: true, OnOffers: false),
    ];

    public static IdentifierScheme? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    public static IEnumerable<IdentifierScheme> For(bool group) => All.Where(s => group ? s.OnGroups : s.OnOffers);
}
