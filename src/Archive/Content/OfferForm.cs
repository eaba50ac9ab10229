namespace Archive.Content;

/// <summary>How an offer was made (<c>form:</c>).</summary>
public enum OfferForm
{
    UnilateralDeclaration,
    ConditionalOffer,
    ProposalViaIntermediary,
    NegotiatedProposal,
    ReportedOffer,
}
