namespace Regio.Platform.Toegang;

public enum Actie
{
    /// <summary>See an organisation's own page.</summary>
    OrganisatieBekijken,
    /// <summary>See who works for an organisation and with which roles.</summary>
    LedenBekijken,
    /// <summary>Give or take roles of people of an organisation.</summary>
    RollenBeheren,
    /// <summary>Register organisations and list all of them.</summary>
    OrganisatiesBeheren,
    /// <summary>Register one's own care provider as a new, unconfirmed aanbieder (a signed-in person without an organisation).</summary>
    AanbiederRegistreren,
    /// <summary>Confirm or refuse an aanbieder that registered itself (a platform beheerder).</summary>
    AanbiederBevestigen,
    /// <summary>Onboard a regio with its gemeenten and change its name, centrumgemeente and members.</summary>
    RegiosBeheren,
    /// <summary>See the background jobs' last runs and start one now.</summary>
    AchtergrondtakenBeheren,
    /// <summary>See a traject and its percelen.</summary>
    TrajectBekijken,
    /// <summary>Change a traject: add percelen, change phases.</summary>
    TrajectBeheren,
    /// <summary>Start a new traject for an owner (a gemeente or the regio).</summary>
    TrajectAanmaken,
    /// <summary>Publish aanbestedingsstukken of a traject or perceel, or a new version of one.</summary>
    DocumentPubliceren,
    /// <summary>Ask a question about a published traject (an aanbieder, for the Nota van Inlichtingen).</summary>
    VraagStellen,
    /// <summary>Answer questions and publish the Nota van Inlichtingen.</summary>
    VraagBeantwoorden,
    /// <summary>See the questions as asked, with who asked them (the traject's owner only).</summary>
    VragenInzien,
    /// <summary>Read a traject's audit history and have its chain verified.</summary>
    GeschiedenisInzien,
    /// <summary>Plan the dialogue of a perceel: participants, rounds, sessions, minutes, shared documents (the owner's inkoper).</summary>
    DialoogBeheren,
    /// <summary>See a perceel's dialogue: rounds and shared documents (the owner's people and the participants).</summary>
    DialoogVolgen,
    /// <summary>See one dialogue session and its minutes (the owner's people and the participant concerned only).</summary>
    DialoogsessieInzien,
    /// <summary>Apply for admission to a perceel of an open house (a person of an aanbieder).</summary>
    ToelatingAanvragen,
    /// <summary>Decide on aanvragen tot toelating and record signed overeenkomsten (the owner's inkoper).</summary>
    ToelatingBeslissen,
    /// <summary>See all aanvragen tot toelating of a traject and the counts per perceel (the owner's people).</summary>
    ToelatingenInzien,
    /// <summary>Read a gemeente's budget lines and its shares of shared percelen (that gemeente's people only).</summary>
    BudgetBekijken,
    /// <summary>Import, change and set (vaststellen) a gemeente's budget (its budgethouder).</summary>
    BudgetBeheren,
    /// <summary>Read a gemeente's lokale keuzes (that gemeente's people only).</summary>
    LokaleKeuzesBekijken,
    /// <summary>Record and change a gemeente's lokale keuzes (its beleidsmedewerker or budgethouder).</summary>
    LokaleKeuzesBeheren,
    /// <summary>Read a lokale keuze that its gemeente chose to share with the regio (the regio coordinator).</summary>
    GedeeldeKeuzeLezen,
    /// <summary>See and record a shared perceel's contract value and verdeelsleutel (the regio coordinator).</summary>
    VerdelingBeheren,
    /// <summary>Register for a published perceel, alone or by starting a combinatie (a person of an aanbieder).</summary>
    Aanmelden,
    /// <summary>See all registrations of a perceel: names and status (the owner's people).</summary>
    AanmeldingenInzien,
    /// <summary>See a combinatie and its members (the organisations in it, invited ones included).</summary>
    CombinatieBekijken,
    /// <summary>Answer one's own invitation to a combinatie and give one's own statements (each member for itself).</summary>
    CombinatieBeantwoorden,
    /// <summary>Invite members to a combinatie or take them out (the penvoerder).</summary>
    CombinatieBeheren,
    /// <summary>List the aanbieders on the platform (id, name, KvK), e.g. to invite one into a combinatie.</summary>
    AanbiedersZoeken,
    /// <summary>Set the required documents and deadline of a perceel's submission moment (the owner's inkoper or the regio coordinator).</summary>
    IndienmomentBeheren,
    /// <summary>Upload, submit, replace and withdraw one's own sealed submission, and read its receipts (a person of an aanbieder).</summary>
    Inschrijven,
    /// <summary>See how many inschrijvers submitted, nothing more (the owner's people).</summary>
    InschrijvingenTellen,
    /// <summary>Start or confirm the four-eyes opening of a closed submission moment (the owner's inkoper or the regio coordinator).</summary>
    InschrijvingenOpenen,
    /// <summary>Read the documents of an opened submission moment (the owner's beoordelaars, inkoper or regio coordinator).</summary>
    InschrijvingenLezen,
    /// <summary>See the status of the regio's trajecten: phases, milestones, objections, counts, shares (coordinator and gemeente staff).</summary>
    RegiostatusBekijken,
    /// <summary>Read a perceel's award criteria (they are in the tender documents: everyone who may see the traject).</summary>
    CriteriaInzien,
    /// <summary>Set the criteria, name the commissie, record validity (the owner's inkoper or the regio coordinator).</summary>
    BeoordelingLeiden,
    /// <summary>See how a beoordeling progresses, without scores (the owner's people and the commissie).</summary>
    BeoordelingVolgen,
    /// <summary>Score opened valid inschrijvingen (a member of the commissie who declared no conflict of interest).</summary>
    Scoren,
    /// <summary>Declare a conflict of interest, and so leave the scoring (a member of the commissie).</summary>
    VerstrengelingMelden,
    /// <summary>Read everyone's scores once all have scored, the consensus and the ranking (active members, the inkoper or coordinator).</summary>
    ScoresInzien,
    /// <summary>Record the agreed score per criterion (the owner's inkoper or the regio coordinator, without a conflict of interest).</summary>
    ConsensusVastleggen,
    /// <summary>Generate, edit and finalise the regio's monthly raadsinformatiebrief (its regio coordinators).</summary>
    RapportageOpstellen,
    /// <summary>List, read and download the regio's raadsinformatiebrieven (coordinators; the regio's gemeenten once final).</summary>
    RapportageLezen,
    /// <summary>Draft and send the gunningsbeslissing, record the answers to bezwaren, award definitively (the owner's inkoper or the regio coordinator).</summary>
    GunningBeheren,
    /// <summary>See a perceel's gunning: the decision, every letter, the bezwaren, the proces-verbaal (the owner's people).</summary>
    GunningInzien,
    /// <summary>Read one's own gunningsbrief once sent (every member of the inschrijver that received it).</summary>
    GunningsbriefLezen,
    /// <summary>Ask for an aanvullende motivering or announce a kort geding during the standstill (an inschrijver that received a letter).</summary>
    BezwaarIndienen,
    /// <summary>Read a contract: the owner's people, the gemeenten taking part in a regional one, the contracted aanbieder.</summary>
    ContractBekijken,
    /// <summary>Move a contract's start with a reason and set its amount per year (the owner's inkoper or the regio coordinator).</summary>
    ContractBeheren,
    /// <summary>Read the signals about coming deadlines and moments of one's own organisation (its people with a role).</summary>
    SignalenBekijken,
}
