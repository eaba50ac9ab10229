namespace Archive.Content;

/// <summary>The closed lists of values the content model allows, as written in front matter, in display order.</summary>
public static class ContentVocabulary
{
    public static readonly IReadOnlyList<string> ArticleKinds = Codes.All<ArticleKind>();
    public static readonly IReadOnlyList<string> Rights = Codes.All<ArticleRights>();
    public static readonly IReadOnlyList<string> GroupKinds = Codes.All<GroupKind>();
    public static readonly IReadOnlyList<string> RelationTypes = Codes.All<RelationType>();
    public static readonly IReadOnlyList<string> OfferForms = Codes.All<OfferForm>();
    public static readonly IReadOnlyList<string> OfferStatuses = Codes.All<OfferStatus>();
    public static readonly IReadOnlyList<string> ResponseStances = Codes.All<ResponseStance>();
    public static readonly IReadOnlyList<string> Certainties = Codes.All<Certainty>();
}
