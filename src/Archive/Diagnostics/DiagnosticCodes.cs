namespace Archive.Diagnostics;

/// <summary>
/// Every diagnostic code the build can report. Codes are stable: tools and editors may rely on them,
/// so a code is never reused for another meaning.
/// </summary>
public static class DiagnosticCodes
{
    public const string FrontMatterMissing = "ARC001";
    public const string YamlSyntax = "ARC002";
    public const string UnknownField = "ARC003";
    public const string RequiredFieldMissing = "ARC004";
    public const string WrongType = "ARC005";
    public const string InvalidEnumValue = "ARC006";
    public const string InvalidId = "ARC007";
    public const string InvalidDate = "ARC008";
    public const string InvalidUrl = "ARC009";
    public const string UnknownReference = "ARC010";
    public const string QuoteNotFound = "ARC011";
    public const string QuoteAmbiguous = "ARC012";
    public const string DuplicateId = "ARC013";
    public const string InvalidSiteConfig = "ARC014";
    public const string InvalidLanguageTag = "ARC015";
    public const string UnreadableFile = "ARC016";
    public const string ReferenceToDraft = "ARC017";
    public const string MemberOfCycle = "ARC018";
    public const string SelfReference = "ARC019";
    public const string PlaceholderLeft = "ARC020";
    public const string UnsafeHtmlRemoved = "ARC021";
    public const string DuplicateKey = "ARC022";
    public const string ThemeError = "ARC023";
    public const string UnknownAnnotationTarget = "ARC024";
    public const string NoteQuoteNotFound = "ARC025";
    public const string EmptyValue = "ARC026";
    public const string BrokenLink = "ARC030";
    public const string PageStructure = "ARC031";
    public const string OrphanPage = "ARC032";
    public const string UrlCollision = "ARC033";
    public const string ExternalLinkBroken = "ARC034";

    // Themes (ARC040–ARC049).
    public const string TemplateSyntax = "ARC040";
    public const string TemplateUnknownName = "ARC041";
    public const string TemplateRuntime = "ARC042";
    public const string TemplateLimit = "ARC043";
    public const string TemplateInclude = "ARC044";
    public const string ThemeOverrideUnused = "ARC045";

    // Hardening: links leaving input, nesting, sizes, direction controls (ARC050–ARC069).
    public const string LinkLeavesInput = "ARC050";
    public const string NestedTooDeeply = "ARC051";
    public const string ValueTooLong = "ARC052";
    public const string UnbalancedDirection = "ARC053";

    // Evidence: claims with certainty, disputes between sources, fixity of source texts, identifiers (ARC070–ARC079).
    public const string ClaimEvidenceMissing = "ARC070";
    public const string DisputeNeedsTwoSources = "ARC071";
    public const string DisputeOldForm = "ARC072";
    public const string TextHashMismatch = "ARC073";
    public const string InvalidTextHash = "ARC074";
    public const string ProvenanceMissing = "ARC075";
    public const string UnknownIdentifierScheme = "ARC076";
    public const string InvalidIdentifierValue = "ARC077";
    public const string DuplicateClaim = "ARC078";

    // Finding: the vocabulary of terms, search, explorer, timeline and network (ARC080–ARC089).
    public const string TermCycle = "ARC080";
    public const string TermListedTwice = "ARC081";
    public const string TermRedundant = "ARC082";
    public const string TermLabelTwice = "ARC083";

    // Downloads, feeds and machine files (ARC090–ARC099).
    public const string LicenseUrlWithoutLicense = "ARC090";
    public const string InvalidPageSize = "ARC095";
}
