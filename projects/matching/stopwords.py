"""Stop words per language.

Swedish, Italian and English get full lists (Snowball's lists, English from scikit-learn): they
are the portal's languages. The other languages of European project descriptions get a short
list of their most frequent function words, enough to recognise the language (so the right
Snowball stemmer is used) and to drop the words that carry no topic; IDF weighting takes care
of the rest.
"""

from __future__ import annotations

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SWEDISH = _words(
    "alla allt att av blev bli blir blivit både de dem den denna deras dess dessa det detta "
    "dig din dina ditt du där då efter ej eller en er era ert ett fler flera från för genom "
    "ha hade han hans har henne hennes hon honom hur här i icke ingen inom inte jag ju kan "
    "kunde man med mellan men mer mig min mina mitt mot mycket många ni nu när någon något "
    "några och också olika om oss på samma samt sedan sig sin sina sitta själv ska skulle som "
    "så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart "
    "vem vi vid vilka vilkas vilken vilket vår våra vårt än är även åt över "
)

ITALIAN = _words(
    "abbia abbiamo abbiano ad agl agli ai al all alla alle allo anche attraverso avere avete "
    "aveva avevano avranno avrebbe avrà che chi ci cioè coi col come con contro cui da dagl "
    "dagli dai dal dall dalla dalle dallo degl degli dei del dell della delle dello di dov "
    "dove ed era erano essere fa fanno fare fatto fra già gli ha hai hanno ho il in inoltre "
    "io la le lei li lo loro lui ma mi mia mie miei mio molte molti molto ne negl negli nei "
    "nel nell nella nelle nello noi non nonché nostra nostre nostri nostro ogni oltre ovvero "
    "per perché più quale quali quanta quante quanti quanto quella quelle quelli quello "
    "questa queste questi questo saranno sarebbe sarà se sei si sia siamo siano siete sono "
    "stata state stati stato stessa stesso su sua sue sugl sugli sui sul sull sulla sulle "
    "sullo suo suoi ti tra tu tua tue tuo tuoi tutta tutte tutti tutto un una uno vi voi "
    "vostra vostre vostri vostro è "
)

ENGLISH = frozenset(ENGLISH_STOP_WORDS)

# Short lists: the most frequent function words of each language.
OTHERS: dict[str, frozenset[str]] = {
    "german": _words(
        "als auch auf aus bei das dem den der des die durch ein eine einen einer eines für im "
        "ist mit nach nicht oder sich sind sowie und von werden wie wird zu zum zur über "
    ),
    "french": _words(
        "afin au aux avec ce ces cette dans des du entre est et la le les leur leurs ou par "
        "plus pour que qui sont sur un une être "
    ),
    "spanish": _words(
        "al como con del el en entre es esta este estos la las lo los más para por que se su "
        "sus un una y "
    ),
    "portuguese": _words(
        "a ao as com da das do dos e em entre mais na nas no nos o os para por que se seu sua "
        "um uma é "
    ),
    "dutch": _words(
        "aan als bij dat de die door een en er het in is met naar om ook op te van voor "
        "worden wordt zijn "
    ),
    "danish": _words(
        "af at blive de den der det en er for fra har i ikke kan med og på samt skal som til "
        "var vil "
    ),
    "norwegian": _words(
        "av blir de den det en er for fra har i ikke kan med og på samt skal som til vil å "
    ),
    "finnish": _words("ei että ja joka jotka kuin mutta myös ole on ovat se sekä sen tai voi "),
    "polish": _words(
        "a być dla do i jak jest która które który na nie o od oraz po przez się są to w z ze że "
    ),
    "hungarian": _words(
        "a az azt be csak egy el hogy is kell ki meg mint még nem pedig vagy van volt és "
    ),
    "romanian": _words(
        "a acest al ale care cu de din este la mai o pe pentru prin sau sunt un în între și "
    ),
    "czech": _words("a by být do jako je k na o pro s se to v ve z ze že "),
    "lithuanian": _words("ar bei ir iš kad kaip pat per su tai taip yra į "),
    "estonian": _words("ei et ja ka kui mis ning oma on see või üle "),
    "greek": _words("από για είναι και με να οι που στην στο την της το του των "),
}


# Words that are not stop words for ranking (they may still tell profiles apart a little) but say
# nothing to a person as the reason for a suggestion: "its profile talks about “comuni”" explains
# nothing. Only the reasons drop them (`projects.matching.reason_codes`); the text score keeps them.
GENERIC_IN_REASONS = _words(
    # English
    "about also activities activity area areas based both city cities country countries "
    "different during europe european every first help helps including italian italians italy "
    "local main many member members municipality municipalities network new open opened opening "
    "organisation organisations organization organizations other partner partners people place "
    "places project projects region regional regions second several share shared shares sharing "
    "support supported swedish sweden their them they together town towns well within work "
    "worked working works year years "
    # Swedish
    "alla andra arbeta arbetar arbete bland del delar dessutom europa europeiska finns genom "
    "gemensam gemensamma göra italien italienska kommun kommunen kommuner land länder lokala "
    "medlem medlemmar nya nätverk nätverket organisation projekt projektet region regionen "
    "sverige svenska tillsammans år öppnade "
    # Italian
    "alcuni altri anni anno area aree attività base comune comuni comunità diversi europa "
    "europea europee europei insieme italia italiana italiane italiani italiano lavoro locale "
    "locali membri membro nuovi nuovo paese paesi partner progetti progetto regione regioni "
    "rete soci socio svedese svedesi svezia territorio "
)
