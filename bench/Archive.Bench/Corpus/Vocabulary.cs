namespace Archive.Bench.Corpus;

/// <summary>
/// The fixed word lists the corpus is made of. Arrays, not sets or dictionaries, so every draw is by index and
/// the corpus never depends on hashing or enumeration order. Words are plain lowercase ASCII, so no body needs
/// Markdown escaping and no accidental markup can appear.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Determiners = ["the", "the", "the", "a", "this", "that", "one", "every", "another", "their", "its"];

    public static readonly string[] Nouns =
    [
        "ceasefire", "truce", "offer", "statement", "spokesman", "commander", "official", "government", "ministry", "council",
        "delegation", "envoy", "mediator", "negotiator", "militia", "faction", "group", "brigade", "battalion", "unit",
        "fighter", "convoy", "checkpoint", "base", "province", "district", "village", "city", "road", "bridge",
        "withdrawal", "timetable", "deadline", "condition", "demand", "proposal", "agreement", "settlement", "amnesty", "release",
        "prisoner", "detainee", "talks", "meeting", "channel", "message", "letter", "memo", "report", "source",
        "analyst", "observer", "journalist", "editor", "newspaper", "agency", "broadcast", "interview", "briefing", "press",
        "embassy", "parliament", "coalition", "alliance", "election", "constitution", "referendum", "budget", "oil", "pipeline",
        "attack", "rocket", "bombing", "raid", "operation", "offensive", "patrol", "soldier", "contractor", "civilian",
        "tribe", "sheikh", "cleric", "mosque", "shrine", "market", "hospital", "school", "refugee", "family",
        "week", "month", "year", "night", "morning", "evening", "summer", "winter", "spring", "autumn",
        "plan", "policy", "strategy", "position", "stance", "response", "reply", "denial", "rejection", "warning",
        "threat", "promise", "guarantee", "assurance", "signal", "gesture", "step", "process", "framework", "roadmap",
        "security", "sovereignty", "occupation", "presence", "influence", "pressure", "violence", "calm", "lull", "escalation",
        "negotiation", "dialogue", "reconciliation", "outreach", "initiative", "mission", "committee", "panel", "inquiry", "hearing",
        "document", "transcript", "recording", "video", "website", "leaflet", "banner", "slogan", "sermon", "rally",
        "border", "frontier", "airport", "highway", "barracks", "compound", "headquarters", "palace", "square", "neighbourhood",
    ];

    public static readonly string[] Adjectives =
    [
        "armed", "local", "foreign", "national", "regional", "senior", "junior", "former", "new", "previous",
        "conditional", "unconditional", "temporary", "permanent", "partial", "full", "phased", "gradual", "immediate", "indefinite",
        "secret", "public", "indirect", "direct", "formal", "informal", "written", "verbal", "detailed", "vague",
        "influential", "powerful", "smaller", "larger", "rival", "allied", "moderate", "hardline", "nationalist", "religious",
        "tribal", "political", "military", "diplomatic", "economic", "legal", "humanitarian", "civilian", "western", "eastern",
        "northern", "southern", "central", "rural", "urban", "early", "late", "recent", "brief", "lengthy",
        "fragile", "uneasy", "tense", "quiet", "violent", "peaceful", "credible", "doubtful", "disputed", "reported",
        "unnamed", "anonymous", "prominent", "respected", "controversial", "sceptical", "cautious", "hopeful", "frustrated", "determined",
    ];

    public static readonly string[] TransitiveVerbs =
    [
        "offered", "rejected", "accepted", "proposed", "demanded", "announced", "denied", "confirmed", "described", "welcomed",
        "criticised", "questioned", "supported", "opposed", "reported", "recorded", "discussed", "delivered", "received", "ignored",
        "outlined", "signed", "suspended", "resumed", "extended", "renewed", "broke", "held", "reached", "sought",
        "promised", "threatened", "urged", "warned", "asked", "told", "met", "visited", "contacted", "briefed",
        "blamed", "praised", "dismissed", "endorsed", "challenged", "examined", "reviewed", "published", "leaked", "quoted",
    ];

    public static readonly string[] Prepositions = ["in", "near", "after", "before", "during", "with", "without", "against", "for", "from", "through", "across", "around", "beyond", "under"];

    public static readonly string[] Adverbs = ["reportedly", "publicly", "privately", "quietly", "openly", "repeatedly", "briefly", "firmly", "cautiously", "apparently", "later", "again", "finally", "already", "formally"];

    public static readonly string[] Connectives = ["but", "and", "while", "although", "because", "after", "as", "since", "whereas", "so"];

    public static readonly string[] SpeechVerbs = ["said", "added", "told reporters", "wrote", "claimed", "insisted", "noted", "argued", "stated", "explained"];

    public static readonly string[] Places =
    [
        "Baghdad", "Anbar", "Diyala", "Salahuddin", "Nineveh", "Basra", "Babil", "Karbala", "Najaf", "Kirkuk",
        "Fallujah", "Ramadi", "Mosul", "Tikrit", "Samarra", "Baqubah", "Hilla", "Kut", "Amara", "Nasiriyah",
        "Erbil", "Sulaymaniyah", "Dohuk", "Wasit", "Maysan", "Muthanna", "Haditha", "Qaim", "Tal Afar", "Balad",
    ];

    public static readonly string[] FirstNames =
    [
        "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Khalid", "Mahmoud", "Salim", "Karim", "Faisal",
        "Sarah", "Laila", "Mariam", "Nadia", "Rana", "Huda", "John", "Michael", "David", "Susan",
        "Anne", "Robert", "Thomas", "Elizabeth", "James", "Patrick", "Hannah", "Peter", "Claire", "Daniel",
    ];

    public static readonly string[] LastNames =
    [
        "al-Jubouri", "al-Dulaimi", "al-Obeidi", "al-Tamimi", "al-Hashimi", "al-Saadi", "al-Rubaie", "al-Zaidi", "Karim", "Hamid",
        "Mahdi", "Salman", "Abbas", "Jaber", "Naji", "Smith", "Johnson", "Miller", "Walker", "Hughes",
        "Baker", "Carter", "Reid", "Fisher", "Grant", "Moore", "Parker", "Hayes", "Foster", "Wright",
    ];

    public static readonly string[] Outlets =
    [
        "Associated Press", "Reuters", "Agence France-Presse", "The Daily Courier", "Baghdad Observer", "The Evening Ledger",
        "Middle East Review", "Global Affairs Weekly", "The Policy Journal", "Rivers Radio", "The Capital Times", "Frontline Dispatch",
        "The Morning Gazette", "Independent Monitor", "Desert Wire", "The Northern Herald", "Conflict Analysis Quarterly", "Peace Studies Blog",
        "The Week in Iraq", "International Crisis Notes", "The Sentinel", "Tigris Tribune", "Euphrates Review", "The Citizen Record",
    ];

    // Group names are built from these parts; every part is a capitalised ASCII word, so names and acronyms are
    // whole words the mention finder can match, and ids derived from them are valid.
    public static readonly string[] NameAdjectives =
    [
        "Northern", "Southern", "Eastern", "Western", "Central", "Islamic", "National", "Revolutionary", "Patriotic", "Popular",
        "United", "Free", "Supreme", "Victorious", "Righteous", "Faithful", "Tribal", "Unified", "Independent", "Steadfast",
        "Loyal", "Rising", "Sovereign", "Democratic", "Liberation", "Resistance", "Iraqi", "Arab", "Valiant", "Vigilant",
    ];

    public static readonly string[] NameNouns =
    [
        "Dawn", "Banner", "Sword", "Shield", "Crescent", "Rivers", "Homeland", "Victory", "Path", "Light",
        "Flame", "Storm", "Valley", "Mountain", "Desert", "Falcon", "Lion", "Star", "Gate", "Bridge",
        "Harvest", "Horizon", "Covenant", "Promise", "Call", "Truth", "Unity", "Honour", "Thunder", "Oath",
    ];

    public static readonly string[] ArmedNameKinds = ["Brigades", "Army", "Front", "Movement", "Battalions", "Companies", "Legion", "Forces", "Vanguard", "Squadrons"];

    public static readonly string[] CoalitionNameKinds = ["Council", "Alliance", "Command", "Coordination", "Union", "Federation"];

    public static readonly string[] PartyNameKinds = ["Party", "Assembly", "Bloc", "List", "Congress"];

    public static readonly string[] Offered =
    [
        "Halt attacks on foreign forces", "Stop rocket fire on military bases", "Release detained contractors", "Hand over heavy weapons",
        "Join the political process", "Open talks with the government", "Guarantee safe passage for convoys", "Suspend operations for a month",
        "Disband armed units", "Stop attacks on oil pipelines", "Allow aid into besieged districts", "Return displaced families",
    ];

    public static readonly string[] Conditions =
    [
        "A timetable for the withdrawal of foreign troops", "The release of prisoners", "An amnesty for fighters", "An end to night raids",
        "Recognition as a party to the talks", "Compensation for civilian victims", "The departure of foreign forces from cities", "A halt to air strikes",
    ];

    public static readonly string[] Timeframes = ["two years", "six months", "within a year", "an acceptable timeframe", "eighteen months", "before the elections"];

    public static readonly string[] Durations = ["open-ended", "one month", "at least two months", "until the talks end", "ninety days"];

    public static readonly string[] Regions = ["Baghdad", "Anbar", "Diyala", "Salahuddin", "Nineveh", "Basra", "Babil", "Kirkuk", "Wasit", "Maysan"];
}
