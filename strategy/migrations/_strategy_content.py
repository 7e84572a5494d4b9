"""Content of the SERN Strategy 2021–2027 and of the network's presentation texts.

Swedish ("sv") is the wording of the network's published Swedish documents (the strategy
2021–2027 and the presentation brochure), cleaned only of PDF extraction artifacts (broken lines,
hyphenation, page numbers, footnote markers). Italian ("it") and English ("en") are translations.
Read by migration 0002_seed_strategy: keep this module free of imports and side effects.
Inside a text, paragraphs are separated by an empty line and list items start on a new line.
"""

# Long texts are wrapped by hand at 100 columns; the formatter (110 columns) would re-join
# them, so it is switched off for this data module.
# fmt: off

# The vision of the strategy (headed VISIONEN in the strategy).
VISION = {
    "sv": (
        "SERN är det främsta transnationella nätverket av lokala och regionala aktörer som främjar "
        "ett nord-sydligt samarbete i den Europeiska unionen."
    ),
    "it": (
        "SERN è la principale rete transnazionale di attori locali e regionali che promuove la "
        "cooperazione nord-sud nell'Unione europea."
    ),
    "en": (
        "SERN is the leading transnational network of local and regional actors promoting "
        "north–south cooperation in the European Union."
    ),
}

# The mission of the strategy (headed MISSIONEN in the strategy, UPPDRAG in the
# brochure).
MISSION = {
    "sv": (
        "Tack vare sina aktiviteter bidrar nätverket till att bygga en europeisk union som drivs "
        "av ett nord-sydligt samarbete, där italienska och svenska samhällen och deras medborgare "
        "är den centrala drivkraften för en förändring mot ett mer inkluderande, hållbart och "
        "digitaliserat samhälle."
    ),
    "it": (
        "Attraverso le proprie attività, la rete contribuisce a costruire un'Unione europea "
        "guidata dalla cooperazione nord-sud, in cui le comunità italiane e svedesi e i loro "
        "cittadini sono la forza motrice centrale del cambiamento verso una società più inclusiva, "
        "sostenibile e digitalizzata."
    ),
    "en": (
        "Through its activities, the network contributes to building a European Union driven by "
        "north–south cooperation, in which Italian and Swedish communities and their citizens are "
        "the central driving force for change towards a more inclusive, sustainable and "
        "digitalised society."
    ),
}

# A short presentation of the network (brochure and Swedish regional news).
ABOUT = {
    "sv": (
        "SERN är ett svensk-italienskt ideellt nätverk som främjar erfarenhets- och kunskapsutbyte "
        "genom EU-projekt och har sitt säte i Parma, Italien. Det är det enda formaliserade "
        "nord-sydliga nätverket i Europa för regioner, kommuner och ideella organisationer. Det är "
        "ett flernivånätverk med medlemmar från olika nivåer som interagerar och samarbetar, och "
        "ett nätverk som är öppet för både civilsamhället och privata aktörer. SERN har sedan dess "
        "formella etablering i januari 2005 utvecklats till ett nätverk med EU-projektsamarbeten "
        "samt erfarenhetsutbyten inom flertalet områden."
    ),
    "it": (
        "SERN è una rete svedese-italiana senza scopo di lucro, con sede a Parma, che promuove lo "
        "scambio di esperienze e conoscenze attraverso progetti europei. È l'unica rete nord-sud "
        "formalizzata in Europa per regioni, comuni e organizzazioni non profit. È una rete "
        "multilivello, i cui membri appartengono a livelli diversi e interagiscono e collaborano "
        "tra loro, ed è aperta sia alla società civile sia agli attori privati. Dalla sua "
        "costituzione formale nel gennaio 2005, SERN si è sviluppata come rete di cooperazione su "
        "progetti europei e di scambio di esperienze in numerosi ambiti."
    ),
    "en": (
        "SERN is a Swedish-Italian non-profit network, seated in Parma, Italy, that promotes the "
        "exchange of experience and knowledge through EU projects. It is the only formalised "
        "north–south network in Europe for regions, municipalities and non-profit organisations. "
        "It is a multi-level network whose members, from different levels, interact and cooperate, "
        "and it is open to both civil society and private actors. Since its formal establishment "
        "in January 2005, SERN has grown into a network of EU project cooperation and exchanges of "
        "experience in many fields."
    ),
}

# The UN Sustainable Development Goals the strategy names as most linked to the
# members' local political priorities, in the strategy's order.
SDGS = [
    {
        "number": 11,
        "name": {
            "sv": (
                "Göra städer och bosättningar inkluderande, säkra, motståndskraftiga och hållbara"
            ),
            "it": (
                "Rendere le città e gli insediamenti umani inclusivi, sicuri, duraturi e "
                "sostenibili"
            ),
            "en": "Make cities and human settlements inclusive, safe, resilient and sustainable",
        },
    },
    {
        "number": 4,
        "name": {
            "sv": "God utbildning för alla",
            "it": "Istruzione di qualità per tutti",
            "en": "Quality education for all",
        },
    },
    {
        "number": 13,
        "name": {
            "sv": "Bekämpa klimatförändringarna",
            "it": "Lotta contro il cambiamento climatico",
            "en": "Combat climate change",
        },
    },
]

# The three thematic areas with their priorities and the concrete actions listed under
# each priority. The strategy links SDGs to the strategy as a whole, not to single
# priorities: each priority carries the goals closest to its area.
AREAS = [
    {
        "code": "inclusive-societies",
        "name": {
            "sv": "Inkluderande samhällen",
            "it": "Società inclusive",
            "en": "Inclusive societies",
        },
        "description": {
            "sv": (
                "Att minska ojämlikhet och social utestängning i lokalsamhällen är en avgörande "
                "utmaning för Europas framtid. Dessutom finns det en stor potential för Europa "
                "genom de möjligheter som erbjuds, till exempel genom nya former av innovation och "
                "medborgarnas engagemang.\n\n"
                "Genom att hjälpa individer och grupper att få en ordentlig utbildning, hitta ett "
                "arbete, delta aktivt i lokala beslut och få tillgång till tjänster som hjälper "
                "dem att hantera sina sårbarheter, garanterar gemenskaperna inom ramen för SERN en "
                "tillväxt som är inkluderande och jämlik. Inom det tematiska området inkluderande "
                "samhällen kommer SERN att fokusera på tre prioriteringar: Tjänster för Utsatta "
                "Grupper, Aktivt Medborgarskap och Kvalitetsutbildning."
            ),
            "it": (
                "Ridurre le disuguaglianze e l'esclusione sociale nelle comunità locali è una "
                "sfida decisiva per il futuro dell'Europa. Al tempo stesso, l'Europa dispone di un "
                "grande potenziale grazie alle opportunità offerte, ad esempio, dalle nuove forme "
                "di innovazione e dall'impegno dei cittadini.\n\n"
                "Aiutando individui e gruppi a ricevere un'istruzione adeguata, a trovare un "
                "lavoro, a partecipare attivamente alle decisioni locali e ad accedere a servizi "
                "che li aiutino a far fronte alle proprie vulnerabilità, le comunità che fanno "
                "parte di SERN garantiscono una crescita inclusiva ed equa. Nell'area tematica "
                "Società inclusive, SERN si concentrerà su tre priorità: Servizi per i gruppi "
                "vulnerabili, Cittadinanza attiva e Istruzione di qualità."
            ),
            "en": (
                "Reducing inequality and social exclusion in local communities is a crucial "
                "challenge for the future of Europe. At the same time, Europe has great potential "
                "thanks to the opportunities on offer, for example through new forms of innovation "
                "and citizen engagement.\n\n"
                "By helping individuals and groups to obtain a proper education, find a job, take "
                "an active part in local decision-making and access services that help them cope "
                "with their vulnerabilities, the communities within SERN ensure growth that is "
                "inclusive and equitable. Within the thematic area of inclusive societies, SERN "
                "will focus on three priorities: Services for vulnerable groups, Active "
                "citizenship and Quality education."
            ),
        },
        "priorities": [
            {
                "code": "services-vulnerable-groups",
                "name": {
                    "sv": "Tjänster för utsatta grupper",
                    "it": "Servizi per i gruppi vulnerabili",
                    "en": "Services for vulnerable groups",
                },
                "description": {
                    "sv": (
                        "Social exkludering skapas av olika anledningar och både individer och "
                        "grupper möter svårigheter och diskriminering i sitt vardagliga liv. "
                        "Sårbara grupper kan definieras som en person i en skör kontext, med en "
                        "hög risk för att utsättas för diskriminering i jämförelse övrig "
                        "befolkning. Sårbara grupper inkluderar, men begränsas inte till, etniska "
                        "minoriteter, nyanlända migranter med svaga språkkunskaper, individer med "
                        "funktionsvariationer, äldre med fysisk och mental nedsättning, och barn. "
                        "Sårbarheten som påverkar dessa grupper kan definieras som psykologiska, "
                        "ekonomiska, sociala och miljömässig utsatthet. Problemen som dessa "
                        "grupper utsätts för kan översättas till arbetslöshet, lägre utbildning, "
                        "hemlöshet som kan resultera i att dessa individer exkluderas ytterligare "
                        "från samhället. Sociala skyddssystem, i hela Europa, är formade för att "
                        "förse skydd för de risker och behov som dessa utsatta människor möter.\n\n"
                        "På en lokal nivå kan olika ingripanden införas för att dessa människor "
                        "ska bli mer inkluderande i samhället. Viktiga agerande är:"
                    ),
                    "it": (
                        "L'esclusione sociale nasce da cause diverse, e sia gli individui sia i "
                        "gruppi incontrano difficoltà e discriminazioni nella vita quotidiana. Per "
                        "gruppo vulnerabile si può intendere una persona che vive in un contesto "
                        "fragile, esposta a un rischio elevato di discriminazione rispetto al "
                        "resto della popolazione. I gruppi vulnerabili comprendono, tra gli altri, "
                        "le minoranze etniche, i migranti appena arrivati con una scarsa "
                        "conoscenza della lingua, le persone con disabilità, gli anziani con "
                        "limitazioni fisiche e mentali e i bambini. La vulnerabilità che colpisce "
                        "questi gruppi può essere di natura psicologica, economica, sociale e "
                        "ambientale. I problemi che questi gruppi affrontano possono tradursi in "
                        "disoccupazione, livelli di istruzione più bassi e mancanza di una casa, "
                        "con il rischio di escludere ulteriormente queste persone dalla società. "
                        "In tutta Europa i sistemi di protezione sociale sono concepiti per "
                        "offrire tutela rispetto ai rischi e ai bisogni che queste persone "
                        "vulnerabili si trovano ad affrontare.\n\n"
                        "A livello locale si possono attuare diversi interventi perché queste "
                        "persone siano più incluse nella società. Le azioni principali sono:"
                    ),
                    "en": (
                        "Social exclusion arises for a variety of reasons, and both individuals "
                        "and groups face difficulties and discrimination in their everyday lives. "
                        "A vulnerable group can be defined as a person in a fragile context, at a "
                        "high risk of discrimination compared with the rest of the population. "
                        "Vulnerable groups include, but are not limited to, ethnic minorities, "
                        "newly arrived migrants with poor language skills, people with "
                        "disabilities, older people with physical and mental impairments, and "
                        "children. The vulnerability affecting these groups can be psychological, "
                        "economic, social and environmental. The problems these groups face can "
                        "translate into unemployment, lower educational attainment and "
                        "homelessness, which may exclude these individuals even further from "
                        "society. Social protection systems across Europe are designed to provide "
                        "protection against the risks and needs that these vulnerable people "
                        "face.\n\n"
                        "At local level, various interventions can be introduced so that these "
                        "people become more included in society. Key actions are:"
                    ),
                },
                "sdgs": [11, 4],
                "actions": [
                    {
                        "sv": "Ökad socialtjänst",
                        "it": "Potenziamento dei servizi sociali",
                        "en": "Increased social services",
                    },
                    {
                        "sv": (
                            "Ökad anställning och utbildningstjänster, eliminera barriärerna för "
                            "utbildning"
                        ),
                        "it": (
                            "Potenziamento dei servizi per l'impiego e la formazione, eliminando "
                            "le barriere all'istruzione"
                        ),
                        "en": (
                            "Increased employment and training services, removing barriers to "
                            "education"
                        ),
                    },
                    {
                        "sv": (
                            "Erbjuda långtids-vårdtjänster av god kvalitet, särskilt hemsjukvård "
                            "och samhällsbaserade tjänster"
                        ),
                        "it": (
                            "Offrire servizi di assistenza a lungo termine di buona qualità, in "
                            "particolare l'assistenza domiciliare e i servizi di comunità"
                        ),
                        "en": (
                            "Providing good-quality long-term care services, in particular home "
                            "care and community-based services"
                        ),
                    },
                    {
                        "sv": (
                            "Säkerställa likvärdiga möjligheter för kvinnor och män, eliminera "
                            "barriärer för ekonomiskt, politiskt och socialt deltagande på grund "
                            "av genus"
                        ),
                        "it": (
                            "Garantire pari opportunità a donne e uomini, eliminando le barriere "
                            "di genere alla partecipazione economica, politica e sociale"
                        ),
                        "en": (
                            "Ensuring equal opportunities for women and men, removing gender-based "
                            "barriers to economic, political and social participation"
                        ),
                    },
                    {
                        "sv": (
                            "Öka migranters deltagande på arbetsmarknaden och främja dess "
                            "deltagande i det sociala, kulturella och politiska samhället."
                        ),
                        "it": (
                            "Aumentare la partecipazione dei migranti al mercato del lavoro e "
                            "promuoverne la partecipazione alla vita sociale, culturale e politica."
                        ),
                        "en": (
                            "Increasing migrants' participation in the labour market and promoting "
                            "their participation in social, cultural and political life."
                        ),
                    },
                ],
            },
            {
                "code": "active-citizenship",
                "name": {
                    "sv": "Aktivt medborgarskap",
                    "it": "Cittadinanza attiva",
                    "en": "Active citizenship",
                },
                "description": {
                    "sv": (
                        "Ett aktivt medborgarskap främjar demokratiskt och medborgerligt "
                        "deltagande på en lokal, nationell, europeisk och global nivå med tanke på "
                        "att medborgarskap och socialt deltagande är grundläggande för europeiska "
                        "värderingar och demokrati. Aktivt medborgarskap erkänner att alla "
                        "individer och grupper i ett demokratiskt samhälle har rätt att engagera "
                        "sig i skapandet och rekreationen av det demokratiska samhället, det vill "
                        "säga att ha rätt att delta i alla demokratiska metoder och institutioner "
                        "i samhället och ha ansvaret att se till att inga grupper eller individer "
                        "utesluts från dessa metoder eller institutioner.\n\n"
                        "För att bättre kunna definiera de möjliga åtgärder som ska genomföras "
                        "inom detta tema är det viktigt att lyfta fram dimensioner, som bör vara "
                        "mätbara och distinkta, av aktivt medborgarskap:\n"
                        "1. Deltagande och engagemang i det politiska livet och civilsamhället\n"
                        "2. Deltagande och samarbete i samhället (ideellt arbete med ungdomar, "
                        "miljö, kultur, sport, hälsa och sociala sektorer)\n"
                        "3. Värderingar (demokrati, interkulturella förståelser och mänskliga "
                        "rättigheter)\n\n"
                        "Aktivt medborgarskap kan förstås som ”deltagande medborgarskap” med en "
                        "direkt medverkan med medborgare i beslutsprocesser. Ett aktivt "
                        "medborgarskap representerar en viktig källa för ett utvecklande och "
                        "inkluderande samhälle och en resurs för lokal utveckling och för känslan "
                        "av politikens ägarskap mot allmän politik. Medborgare än inte bara kunder "
                        "inom marknaden för offentliga tjänster utan även också ”skapare” av "
                        "samhället. Detta koncept kan översättas till handlingar som rör "
                        "planerings- och designprocessen för lokal politik där medborgarna är de "
                        "viktigaste aktörerna så som:"
                    ),
                    "it": (
                        "La cittadinanza attiva promuove la partecipazione democratica e civica a "
                        "livello locale, nazionale, europeo e globale, poiché la cittadinanza e la "
                        "partecipazione sociale sono fondamentali per i valori europei e per la "
                        "democrazia. La cittadinanza attiva riconosce che tutti gli individui e i "
                        "gruppi di una società democratica hanno il diritto di impegnarsi nella "
                        "creazione e nella continua ricreazione della società democratica, ossia "
                        "il diritto di partecipare a tutte le pratiche e le istituzioni "
                        "democratiche della società, e la responsabilità di fare in modo che "
                        "nessun gruppo o individuo ne sia escluso.\n\n"
                        "Per definire meglio le possibili azioni da realizzare in questo ambito, è "
                        "importante mettere in evidenza alcune dimensioni della cittadinanza "
                        "attiva, che dovrebbero essere misurabili e distinte:\n"
                        "1. Partecipazione e impegno nella vita politica e nella società civile\n"
                        "2. Partecipazione e collaborazione nella comunità (volontariato con i "
                        "giovani e nei settori dell'ambiente, della cultura, dello sport, della "
                        "salute e del sociale)\n"
                        "3. Valori (democrazia, comprensione interculturale e diritti umani)\n\n"
                        "La cittadinanza attiva può essere intesa come «cittadinanza "
                        "partecipativa», con un coinvolgimento diretto dei cittadini nei processi "
                        "decisionali. Una cittadinanza attiva rappresenta una fonte importante per "
                        "una società in crescita e inclusiva, una risorsa per lo sviluppo locale e "
                        "per il senso di titolarità delle politiche pubbliche. I cittadini non "
                        "sono soltanto clienti del mercato dei servizi pubblici, ma anche "
                        "«creatori» della società. Questo concetto può tradursi in azioni relative "
                        "ai processi di pianificazione e progettazione delle politiche locali in "
                        "cui i cittadini sono gli attori principali, quali:"
                    ),
                    "en": (
                        "Active citizenship promotes democratic and civic participation at local, "
                        "national, European and global level, given that citizenship and social "
                        "participation are fundamental to European values and democracy. Active "
                        "citizenship recognises that all individuals and groups in a democratic "
                        "society have the right to engage in the creation and re-creation of "
                        "democratic society, that is, the right to take part in all the democratic "
                        "practices and institutions of society, and the responsibility to ensure "
                        "that no group or individual is excluded from these practices or "
                        "institutions.\n\n"
                        "To better define the possible actions to be carried out under this theme, "
                        "it is important to highlight the dimensions of active citizenship, which "
                        "should be measurable and distinct:\n"
                        "1. Participation and engagement in political life and civil society\n"
                        "2. Participation and cooperation in the community (voluntary work with "
                        "young people and in the environmental, cultural, sports, health and "
                        "social sectors)\n"
                        "3. Values (democracy, intercultural understanding and human rights)\n\n"
                        "Active citizenship can be understood as “participatory citizenship”, with "
                        "citizens directly involved in decision-making processes. Active "
                        "citizenship is an important source of a developing and inclusive society, "
                        "a resource for local development and for a sense of ownership of public "
                        "policy. Citizens are not merely customers in the market for public "
                        "services, but also “creators” of society. This concept can be translated "
                        "into actions concerning the planning and design of local policies in "
                        "which citizens are the key actors, such as:"
                    ),
                },
                "sdgs": [11, 4],
                "actions": [
                    {
                        "sv": "Digitalisering av offentliga tjänster",
                        "it": "Digitalizzazione dei servizi pubblici",
                        "en": "Digitalisation of public services",
                    },
                    {
                        "sv": "Erbjudande och planering av välfärdstjänster",
                        "it": "Offerta e pianificazione dei servizi di welfare",
                        "en": "Provision and planning of welfare services",
                    },
                    {
                        "sv": "Gröna övergångsrelaterade tjänster",
                        "it": "Servizi legati alla transizione verde",
                        "en": "Services related to the green transition",
                    },
                ],
            },
            {
                "code": "quality-education",
                "name": {
                    "sv": "Kvalitetsutbildning",
                    "it": "Istruzione di qualità",
                    "en": "Quality education",
                },
                "description": {
                    "sv": (
                        "Kvalitet i utbildning är ett väldigt komplext och mångtydigt begrepp som "
                        "täcker människors olika åldrar (från förskola till vuxenutbildning) och "
                        "en mängd olika former av undervisning (formell, informell, icke-formell). "
                        "Kvalitet kan förstås som:\n"
                        "- Organisationen av utbildningstjänsterna som en offentlig tjänst\n"
                        "- Lämpligheten av utbildningens rum och tid\n"
                        "- Kapaciteten hos undervisningsprocessen kopplad till kvaliteten på "
                        "humankapitalet och den teknik som används\n"
                        "- Kompetenser och färdigheter som förvärvats under utbildningsprocessen.\n"
                        "\n"
                        "I synnerhet kan utbildning med hög kvalitet ge unga människor kunskap, "
                        "färdigheter och kompetenser som kan vara användbara under hela deras liv "
                        "och göra det möjligt för dem att klara en rad olika utmaningar. Mot denna "
                        "bakgrund, är det viktigt att lyfta fram några prioriterade åtgärder som å "
                        "ena sidan kan utgöra lärandeprocessen för studenter, från tidiga åt till "
                        "vuxenutbildning och å andra sidan möjligheten för lärare att ha en "
                        "innovativ och komplett utbildning i ett fullständigt europeiskt "
                        "perspektiv.\n\n"
                        "Prioriterade åtgärder inom nätverket ska inkludera:"
                    ),
                    "it": (
                        "La qualità nell'istruzione è un concetto molto complesso e dai molti "
                        "significati, che riguarda persone di età diverse (dalla scuola "
                        "dell'infanzia all'istruzione degli adulti) e un'ampia varietà di forme di "
                        "insegnamento (formale, informale, non formale). La qualità può essere "
                        "intesa come:\n"
                        "- L'organizzazione dei servizi educativi in quanto servizio pubblico\n"
                        "- L'adeguatezza degli spazi e dei tempi dell'istruzione\n"
                        "- La capacità del processo di insegnamento, legata alla qualità del "
                        "capitale umano e alla tecnologia utilizzata\n"
                        "- Le competenze e le abilità acquisite durante il percorso formativo.\n\n"
                        "In particolare, un'istruzione di qualità può fornire ai giovani "
                        "conoscenze, abilità e competenze utili per tutta la vita, che consentano "
                        "loro di affrontare sfide di vario genere. In questo contesto è importante "
                        "mettere in evidenza alcune azioni prioritarie che possano, da un lato, "
                        "costituire il percorso di apprendimento degli studenti, dalla prima "
                        "infanzia all'istruzione degli adulti, e, dall'altro, offrire agli "
                        "insegnanti l'opportunità di una formazione innovativa e completa in una "
                        "prospettiva pienamente europea.\n\n"
                        "Le azioni prioritarie della rete comprenderanno:"
                    ),
                    "en": (
                        "Quality in education is a very complex and multifaceted concept that "
                        "covers people of different ages (from pre-school to adult education) and "
                        "a wide range of forms of teaching (formal, informal, non-formal). Quality "
                        "can be understood as:\n"
                        "- The organisation of education services as a public service\n"
                        "- The suitability of the spaces and times of education\n"
                        "- The capacity of the teaching process, linked to the quality of human "
                        "capital and the technology used\n"
                        "- The competences and skills acquired during the education process.\n\n"
                        "In particular, high-quality education can give young people knowledge, "
                        "skills and competences that can be useful throughout their lives and "
                        "enable them to meet a wide range of challenges. Against this background, "
                        "it is important to highlight some priority actions that can, on the one "
                        "hand, shape the learning pathway of students, from the early years to "
                        "adult education, and, on the other, give teachers the opportunity of "
                        "innovative and comprehensive training in a fully European perspective.\n\n"
                        "Priority actions within the network shall include:"
                    ),
                },
                "sdgs": [4, 11],
                "actions": [
                    {
                        "sv": (
                            "Behärska grundläggande färdigheter, inklusive digital kompetens, för "
                            "att täcka de skillnader i färdigheter som kan ha en negativ inverkan "
                            "på människors liv"
                        ),
                        "it": (
                            "Padroneggiare le competenze di base, comprese le competenze digitali, "
                            "per colmare i divari di competenze che possono avere un impatto "
                            "negativo sulla vita delle persone"
                        ),
                        "en": (
                            "Mastering basic skills, including digital competence, to bridge the "
                            "skills gaps that can have a negative impact on people's lives"
                        ),
                    },
                    {
                        "sv": (
                            "Behärska tvärgående färdigheter för att öka kritiskt tänkande, "
                            "entreprenörskap, kreativitet och medborgarengagemang"
                        ),
                        "it": (
                            "Padroneggiare le competenze trasversali per rafforzare il pensiero "
                            "critico, l'imprenditorialità, la creatività e l'impegno civico"
                        ),
                        "en": (
                            "Mastering transversal skills to strengthen critical thinking, "
                            "entrepreneurship, creativity and civic engagement"
                        ),
                    },
                    {
                        "sv": (
                            "Främja språkinlärning och flerspråkighet för att möjliggöra "
                            "ytterligare och mer skickliga studier och arbetsmöjligheter och dra "
                            "nytta av ett verkligt europeiskt inlärningsrum"
                        ),
                        "it": (
                            "Promuovere l'apprendimento delle lingue e il multilinguismo per "
                            "ampliare e qualificare le opportunità di studio e di lavoro e "
                            "beneficiare di un autentico spazio europeo dell'apprendimento"
                        ),
                        "en": (
                            "Promoting language learning and multilingualism to open up more and "
                            "better study and work opportunities and to benefit from a genuine "
                            "European learning area"
                        ),
                    },
                    {
                        "sv": (
                            "Öka inkludering och jämlikhet för att ge tillgång till "
                            "inlärningsvägar till underrepresenterade deltagare och ta bort hinder "
                            "relaterade till funktionsvariationer, socioekonomisk status, "
                            "geografisk plats och kön. Att demontera könsstereotyper och skapa "
                            "grunden för att bli vuxna som respekterar sin egen identitet och "
                            "andra människors identitet är ett av huvudelementen i en "
                            "kvalitetsutbildning."
                        ),
                        "it": (
                            "Accrescere l'inclusione e l'equità per dare accesso a percorsi di "
                            "apprendimento ai partecipanti sottorappresentati e rimuovere gli "
                            "ostacoli legati alla disabilità, alla condizione socioeconomica, alla "
                            "collocazione geografica e al genere. Smontare gli stereotipi di "
                            "genere e porre le basi per diventare adulti che rispettano la propria "
                            "identità e quella degli altri è uno degli elementi principali di "
                            "un'istruzione di qualità."
                        ),
                        "en": (
                            "Increasing inclusion and equity to give under-represented "
                            "participants access to learning pathways and to remove barriers "
                            "related to disability, socio-economic status, geographical location "
                            "and gender. Dismantling gender stereotypes and laying the foundations "
                            "for becoming adults who respect their own identity and that of others "
                            "is one of the main elements of quality education."
                        ),
                    },
                    {
                        "sv": (
                            "Stödja lärare i hanteringen av mångfald för att närma sig en positiv "
                            "språklig mångfald och för att undvika att utbildning faller bort"
                        ),
                        "it": (
                            "Sostenere gli insegnanti nella gestione della diversità, per "
                            "valorizzare positivamente la diversità linguistica e prevenire "
                            "l'abbandono scolastico"
                        ),
                        "en": (
                            "Supporting teachers in managing diversity, so as to embrace "
                            "linguistic diversity positively and to prevent early school leaving"
                        ),
                    },
                    {
                        "sv": (
                            "Att öka gröna färdigheter för att möjliggöra en djupgående förändring "
                            "av människors beteenden eftersom utbildningssystemet kan fungera som "
                            "en katalysator i processen."
                        ),
                        "it": (
                            "Accrescere le competenze verdi per consentire un cambiamento profondo "
                            "dei comportamenti delle persone, poiché il sistema di istruzione può "
                            "fungere da catalizzatore in questo processo."
                        ),
                        "en": (
                            "Increasing green skills to enable a profound change in people's "
                            "behaviour, since the education system can act as a catalyst in the "
                            "process."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "code": "digital-societies",
        "name": {
            "sv": "Digitaliserade samhällen",
            "it": "Società digitali",
            "en": "Digitalised societies",
        },
        "description": {
            "sv": (
                "Den digitaliserade omvandlingen skapar fördelar och möjligheter för alla invånare "
                "i samhället som tillhör SERN. Med syftet att inte lämna någon utanför, är "
                "digitalisering en av sex prioriteringar som gjorts av Europeiska Kommissionen, "
                "som strävar efter att stärka och inkludera invånare. I denna kontext är strategin "
                '"Shaping Europe’s Digital Future" färdplanen som i de kommande fem åren kommer '
                "leda ansträngningarna från EU mot tre centrala mål: en teknologi som fungerar för "
                "människorna, en rättvis och konkurrenskraftig digital ekonomi och ett öppet, "
                "demokratiskt och hållbart samhälle. Då digitalisering föregår i varje aspekt av "
                "det vardagliga livet, insatser på EU-nivå för ett digitaliserat Europa omfattar "
                "olika områden: från utbildning genom Ditigal Education Action Plan, som kräver en "
                "högkvalitativ, inkluderande och digital utbildning till det digitala "
                "EU-programmet som kommer att investera i avancerad och digital kompetens och "
                "teknik.\n\n"
                "Inom de digitaliserade samhällena, kommer SERN att fokusera på två tematiska "
                "huvudområden: e-Förvaltning och Digitala Färdigheter. Dessa teman är djupt "
                "sammankopplade till varandra, eftersom det å ena sidan finns ett behov av att "
                "utveckla ett kontinuerligt arbete mot öppna och effektiva offentliga "
                "förvaltningar, och å andra sidan är digital kompetensutbildning för alla en "
                "nyckel till att både genomför och dra nytta av digital innovation."
            ),
            "it": (
                "La trasformazione digitale crea benefici e opportunità per tutti gli abitanti "
                "delle comunità che fanno parte di SERN. Con l'obiettivo di non lasciare indietro "
                "nessuno, la digitalizzazione è una delle sei priorità fissate dalla Commissione "
                "europea, che mira a rafforzare il ruolo dei cittadini e a includerli. In questo "
                "contesto, la strategia «Plasmare il futuro digitale dell'Europa» (Shaping "
                "Europe's Digital Future) è la tabella di marcia che nei prossimi cinque anni "
                "guiderà l'azione dell'UE verso tre obiettivi centrali: una tecnologia al servizio "
                "delle persone, un'economia digitale equa e competitiva e una società aperta, "
                "democratica e sostenibile. Poiché la digitalizzazione interessa ogni aspetto "
                "della vita quotidiana, gli interventi a livello europeo per un'Europa digitale "
                "riguardano ambiti diversi: dall'istruzione, con il Piano d'azione per "
                "l'istruzione digitale, che chiede un'istruzione digitale inclusiva e di alta "
                "qualità, al programma Europa digitale, che investirà in competenze e tecnologie "
                "digitali avanzate.\n\n"
                "Nell'ambito delle società digitali, SERN si concentrerà su due aree tematiche "
                "principali: E-government e Competenze digitali. Questi temi sono strettamente "
                "interconnessi: da un lato occorre portare avanti un lavoro continuo verso "
                "pubbliche amministrazioni aperte ed efficienti, dall'altro la formazione alle "
                "competenze digitali per tutti è fondamentale sia per realizzare l'innovazione "
                "digitale sia per trarne beneficio."
            ),
            "en": (
                "The digital transformation creates benefits and opportunities for all inhabitants "
                "of the communities belonging to SERN. With the aim of leaving no one behind, "
                "digitalisation is one of the six priorities set by the European Commission, which "
                "seeks to empower and include citizens. In this context, the strategy “Shaping "
                "Europe's Digital Future” is the roadmap that over the next five years will guide "
                "the EU's efforts towards three key objectives: technology that works for people, "
                "a fair and competitive digital economy, and an open, democratic and sustainable "
                "society. As digitalisation reaches into every aspect of daily life, EU-level "
                "action for a digital Europe covers a range of fields: from education, through the "
                "Digital Education Action Plan, which calls for high-quality, inclusive digital "
                "education, to the Digital Europe Programme, which will invest in advanced digital "
                "skills and technologies.\n\n"
                "Within digitalised societies, SERN will focus on two main thematic areas: "
                "e-Government and Digital skills. These themes are closely interconnected: on the "
                "one hand, there is a need for continuous work towards open and efficient public "
                "administrations; on the other, digital skills training for all is key both to "
                "implementing digital innovation and to benefiting from it."
            ),
        },
        "priorities": [
            {
                "code": "e-government",
                "name": {
                    "sv": "e-Förvaltning",
                    "it": "E-government",
                    "en": "e-Government",
                },
                "description": {
                    "sv": (
                        "E-förvaltning handlar om att leverera offentliga tjänster till invånare "
                        "och affärer genom användandet av ICT, vilket leder till mer effektiva "
                        "tjänster. E-förvaltning handlar dock inte bara om olika sätt att leverera "
                        "tjänster utan snarare att betona hög kvalitet av offentliga tjänster.\n\n"
                        "Några av de huvudprinciper som anges i viktiga EU-dokument som ligger "
                        "till grund för den digitala omvandlingen både på lokal och regional nivå "
                        "är följande: Endast en gång behöver användarna lämna uppgifter till "
                        "offentliga institutioner. De lokala myndigheterna kan sedan använda de "
                        "insamlade uppgifterna närhelst det behövs. Digitala tjänster som standard "
                        "bör helst tillhandahållas via digitala kanaler och genom en "
                        "one-stop-shop; Driftskompatibilitet som standard, dvs. data måste utbytas "
                        "mellan alla administrativa enheter i och mellan EU:s medlemsstater för "
                        "att möjliggöra tillhandahållande av sömlösa digitala tjänster, inklusive "
                        "gränsöverskridande digitala tjänster; Användarcentrering, "
                        "medborgarperspektivet, är centralt när nya e-förvaltningstjänster "
                        "utvecklas och utformas; Tillgänglighet: e-tjänster bör göras tillgängliga "
                        "för alla, även för utsatta grupper som äldre och medborgare med särskilda "
                        "behov. Öppenhet och insyn, dvs. förvaltningarna måste dela uppgifter med "
                        "varandra men också med medborgare och företag som bör ha tillgång till de "
                        "uppgifter som förvaltningarna har om dem. Säkerhet, frågor som rör "
                        "integritet och dataskydd bör beaktas och inkluderas när digitala tjänster "
                        "utformas.\n\n"
                        "Det finns tre huvuddimensioner som kan övervägas av SERN-medlemmarna när "
                        "de utvecklar projekt eller samarbetsprocesser."
                    ),
                    "it": (
                        "L'e-government consiste nel fornire servizi pubblici ai cittadini e alle "
                        "imprese attraverso l'uso delle TIC, rendendo i servizi più efficienti. "
                        "Tuttavia, l'e-government non riguarda soltanto le diverse modalità di "
                        "erogazione dei servizi, ma soprattutto l'attenzione all'alta qualità dei "
                        "servizi pubblici.\n\n"
                        "Alcuni dei principi fondamentali enunciati in importanti documenti "
                        "dell'UE, alla base della trasformazione digitale sia a livello locale sia "
                        "a livello regionale, sono i seguenti. Una tantum: gli utenti forniscono i "
                        "propri dati alle istituzioni pubbliche una sola volta e le autorità "
                        "locali possono poi utilizzare i dati raccolti ogni volta che è "
                        "necessario. Digitale per definizione: i servizi dovrebbero essere erogati "
                        "preferibilmente attraverso canali digitali e tramite uno sportello unico; "
                        "interoperabilità per definizione: i dati devono poter essere scambiati "
                        "tra tutte le unità amministrative all'interno degli Stati membri dell'UE "
                        "e tra di essi, per consentire l'erogazione di servizi digitali senza "
                        "soluzione di continuità, compresi quelli transfrontalieri; centralità "
                        "dell'utente: la prospettiva del cittadino è centrale nello sviluppo e "
                        "nella progettazione di nuovi servizi di e-government; accessibilità: i "
                        "servizi elettronici dovrebbero essere accessibili a tutti, anche ai "
                        "gruppi vulnerabili come gli anziani e i cittadini con esigenze "
                        "particolari. Apertura e trasparenza: le amministrazioni devono "
                        "condividere i dati tra loro, ma anche con i cittadini e le imprese, che "
                        "dovrebbero avere accesso ai dati che le amministrazioni detengono su di "
                        "loro. Sicurezza: le questioni relative alla riservatezza e alla "
                        "protezione dei dati dovrebbero essere considerate e integrate nella "
                        "progettazione dei servizi digitali.\n\n"
                        "Esistono tre dimensioni principali che i membri di SERN possono "
                        "considerare nello sviluppo di progetti o di processi di cooperazione."
                    ),
                    "en": (
                        "e-Government is about delivering public services to citizens and "
                        "businesses through the use of ICT, leading to more efficient services. "
                        "However, e-Government is not just about different ways of delivering "
                        "services, but rather about emphasising the high quality of public "
                        "services.\n\n"
                        "Some of the main principles set out in key EU documents underpinning the "
                        "digital transformation at both local and regional level are the "
                        "following. Once only: users need to provide data to public institutions "
                        "only once, and local authorities can then use the data collected whenever "
                        "needed. Digital by default: services should preferably be delivered "
                        "through digital channels and via a one-stop shop; interoperability by "
                        "default: data must be exchanged between all administrative units within "
                        "and between EU Member States to enable the delivery of seamless digital "
                        "services, including cross-border digital services; user-centricity: the "
                        "citizen's perspective is central when new e-government services are "
                        "developed and designed; accessibility: e-services should be made "
                        "accessible to everyone, including vulnerable groups such as older people "
                        "and citizens with special needs. Openness and transparency: "
                        "administrations must share data with each other, but also with citizens "
                        "and businesses, who should have access to the data that administrations "
                        "hold about them. Security: privacy and data protection issues should be "
                        "considered and built in when digital services are designed.\n\n"
                        "There are three main dimensions that SERN members can consider when "
                        "developing projects or cooperation processes."
                    ),
                },
                "sdgs": [11, 4],
                "actions": [
                    {
                        "sv": (
                            "Den första är organisationsramen i den kommunala organisationen. "
                            "Samarbete skulle kunna utvecklas på det sätt som både "
                            "beslutsprocesser och genomförande inom kommunen arrangeras. När det "
                            "gäller mindre organisation kan också modeller för samarbete mellan "
                            "kommuner undersökas. Dessutom bör samarbetsmodeller mellan "
                            "central/regional och lokal myndighet också vara en viktig faktor att "
                            "tänka på."
                        ),
                        "it": (
                            "La prima riguarda il quadro organizzativo dell'amministrazione "
                            "comunale. La cooperazione potrebbe svilupparsi sulle modalità con cui "
                            "sono organizzati sia i processi decisionali sia l'attuazione "
                            "all'interno del comune. Per le organizzazioni più piccole si possono "
                            "esplorare anche modelli di cooperazione intercomunale. Inoltre, anche "
                            "i modelli di cooperazione tra amministrazione centrale/regionale e "
                            "locale dovrebbero essere un fattore importante da considerare."
                        ),
                        "en": (
                            "The first is the organisational framework of the municipal "
                            "organisation. Cooperation could be developed on the way in which both "
                            "decision-making and implementation are organised within the "
                            "municipality. For smaller organisations, models of inter-municipal "
                            "cooperation can also be explored. In addition, models of cooperation "
                            "between central/regional and local government should also be an "
                            "important factor to consider."
                        ),
                    },
                    {
                        "sv": (
                            "En andra dimension avser den tekniska ramen. Detta gäller inte bara "
                            "infrastrukturen utan också det sätt på vilket den lokala myndigheten "
                            "organiserar front-end (webbplats och offentliga gränssnitt) och "
                            "baksidan av sina e-tjänster (dvs. dokumenthanteringssystem, "
                            "informationssystem för planeringsförfaranden, hanteringssystem för "
                            "finansiella och mänskliga resurser, register inklusive uppgifter om "
                            "tillhandahållna tjänster)."
                        ),
                        "it": (
                            "Una seconda dimensione riguarda il quadro tecnico. Non si tratta solo "
                            "dell'infrastruttura, ma anche del modo in cui l'autorità locale "
                            "organizza il front-end (sito web e interfacce pubbliche) e il "
                            "back-end dei propri servizi elettronici (ossia sistemi di gestione "
                            "documentale, sistemi informativi per le procedure di pianificazione, "
                            "sistemi di gestione delle risorse finanziarie e umane, registri che "
                            "comprendono i dati sui servizi erogati)."
                        ),
                        "en": (
                            "A second dimension concerns the technical framework. This covers not "
                            "only the infrastructure but also the way in which the local authority "
                            "organises the front end (website and public interfaces) and the back "
                            "end of its e-services (i.e. document management systems, information "
                            "systems for planning procedures, financial and human resources "
                            "management systems, registers including data on the services "
                            "provided)."
                        ),
                    },
                    {
                        "sv": (
                            "Den tredje dimensionen avser samarbete relaterat till de aspekter som "
                            "är kopplade till mognadsnivå för e-tjänsterna: information (kommunen "
                            "ger information på sin webbplats); enkelriktad interaktion (formulär "
                            "kan laddas ner men ingen process kan initieras online); "
                            "tvåvägsinteraktion (en process kan initieras online genom "
                            "autentisering); transaktion (en tjänst kan levereras helt online); "
                            "personalisering (den digitala tjänsten är helt automatiserad och "
                            "tjänsten initieras av den lokala myndigheten och ingen åtgärd krävas "
                            "av användaren- till exempel betalning av en social förmån som en "
                            "medborgare får rätt till)."
                        ),
                        "it": (
                            "La terza dimensione riguarda la cooperazione sugli aspetti legati al "
                            "livello di maturità dei servizi elettronici: informazione (il comune "
                            "fornisce informazioni sul proprio sito web); interazione "
                            "unidirezionale (i moduli possono essere scaricati, ma nessuna "
                            "procedura può essere avviata online); interazione bidirezionale (una "
                            "procedura può essere avviata online tramite autenticazione); "
                            "transazione (un servizio può essere erogato interamente online); "
                            "personalizzazione (il servizio digitale è completamente "
                            "automatizzato, viene avviato dall'autorità locale e non richiede "
                            "alcuna azione da parte dell'utente, ad esempio il pagamento di una "
                            "prestazione sociale a cui un cittadino ha diritto)."
                        ),
                        "en": (
                            "The third dimension concerns cooperation on aspects linked to the "
                            "maturity level of e-services: information (the municipality provides "
                            "information on its website); one-way interaction (forms can be "
                            "downloaded but no procedure can be initiated online); two-way "
                            "interaction (a procedure can be initiated online through "
                            "authentication); transaction (a service can be delivered entirely "
                            "online); personalisation (the digital service is fully automated, it "
                            "is initiated by the local authority and no action is required from "
                            "the user – for example, the payment of a social benefit to which a "
                            "citizen is entitled)."
                        ),
                    },
                ],
            },
            {
                "code": "digital-skills",
                "name": {
                    "sv": "Digitala färdigheter",
                    "it": "Competenze digitali",
                    "en": "Digital skills",
                },
                "description": {
                    "sv": (
                        "En av huvudutmaningarna som Europa står inför är den digitala kompetensen "
                        "hos europeiska medborgare så att de kan dra full nytta av "
                        "digitaliseringsprocessen. Medlemmar bör prioritera att tillhandahålla "
                        "grundläggande digital kompetens för alla.\n\n"
                        "Det första området avser digital utbildning. Här är de strategiska "
                        "prioriteringarna som anges i handlingsplanen för digital utbildning "
                        "(2021–2027), 1) att främja utvecklingen av ett högpresterande digitalt "
                        "utbildningsekosystem och 2) förbättra digital kompetens och kompetens för "
                        "den digitala omvandlingen.\n\n"
                        "Det andra området är relaterat till en mer digital offentlig förvaltning "
                        "och det är strikt kopplat till e-förvaltnings prioritering. För att "
                        "tillhandahålla en mer effektiv och lokal offentlig tjänst är det absolut "
                        "nödvändigt att tjänsteman är utrustade med avancerade digitala förmågor "
                        "och en öppensinnad attityd som omfattar ny teknik.\n\n"
                        "Det tredje området gäller det lokala digitala samhället. Samarbete kan "
                        "utvecklas kring flera aspekter."
                    ),
                    "it": (
                        "Una delle principali sfide per l'Europa è la competenza digitale dei "
                        "cittadini europei, affinché possano trarre pieno beneficio dal processo "
                        "di digitalizzazione. I membri dovrebbero dare priorità all'offerta di "
                        "competenze digitali di base per tutti.\n\n"
                        "Il primo ambito riguarda l'istruzione digitale. Qui le priorità "
                        "strategiche indicate nel Piano d'azione per l'istruzione digitale "
                        "(2021–2027) sono: 1) promuovere lo sviluppo di un ecosistema altamente "
                        "efficiente di istruzione digitale e 2) migliorare le competenze e le "
                        "abilità digitali per la trasformazione digitale.\n\n"
                        "Il secondo ambito riguarda una pubblica amministrazione più digitale ed è "
                        "strettamente legato alla priorità E-government. Per offrire un servizio "
                        "pubblico più efficiente e più vicino al territorio, è indispensabile che "
                        "i dipendenti pubblici dispongano di competenze digitali avanzate e di un "
                        "atteggiamento aperto verso le nuove tecnologie.\n\n"
                        "Il terzo ambito riguarda la società digitale locale. La cooperazione può "
                        "svilupparsi intorno a diversi aspetti."
                    ),
                    "en": (
                        "One of the main challenges facing Europe is the digital competence of "
                        "European citizens, so that they can take full advantage of the "
                        "digitalisation process. Members should prioritise providing basic digital "
                        "skills for all.\n\n"
                        "The first area concerns digital education. Here, the strategic priorities "
                        "set out in the Digital Education Action Plan (2021–2027) are 1) fostering "
                        "the development of a high-performing digital education ecosystem and 2) "
                        "enhancing digital skills and competences for the digital transformation.\n"
                        "\n"
                        "The second area relates to a more digital public administration and is "
                        "closely linked to the e-Government priority. To provide a more efficient "
                        "and local public service, it is essential that public officials are "
                        "equipped with advanced digital skills and an open-minded attitude that "
                        "embraces new technologies.\n\n"
                        "The third area concerns the local digital society. Cooperation can be "
                        "developed around several aspects."
                    ),
                },
                "sdgs": [4, 11],
                "actions": [
                    {
                        "sv": (
                            "Förbättring av digitala förmågor bland lärare och administrativ "
                            "personal för att uppnå en bättre och innovativ inlärningserfarenhet "
                            "och/eller utveckla innovativt sätt att undervisa genom "
                            "internationellt samarbete"
                        ),
                        "it": (
                            "Miglioramento delle competenze digitali di insegnanti e personale "
                            "amministrativo per offrire un'esperienza di apprendimento migliore e "
                            "innovativa e/o sviluppare modalità di insegnamento innovative "
                            "attraverso la cooperazione internazionale"
                        ),
                        "en": (
                            "Improving the digital skills of teachers and administrative staff to "
                            "achieve a better, innovative learning experience and/or developing "
                            "innovative ways of teaching through international cooperation"
                        ),
                    },
                    {
                        "sv": (
                            "Produktion av digitala verktyg för att aktivt involvera familjer och "
                            "studenter i utbildningsfrågor"
                        ),
                        "it": (
                            "Realizzazione di strumenti digitali per coinvolgere attivamente le "
                            "famiglie e gli studenti nelle questioni educative"
                        ),
                        "en": (
                            "Producing digital tools to actively involve families and students in "
                            "educational matters"
                        ),
                    },
                    {
                        "sv": (
                            "Förstärkning av en ”motståndskraftig” inställning till undervisning "
                            "när man står inför en kris"
                        ),
                        "it": (
                            "Rafforzamento di un approccio «resiliente» all'insegnamento di fronte "
                            "a una crisi"
                        ),
                        "en": (
                            "Strengthening a “resilient” approach to teaching in the face of a "
                            "crisis"
                        ),
                    },
                    {
                        "sv": (
                            "Förbättring av digitala färdigheter bland elever och studenter i alla "
                            "åldrar med särskild uppmärksamhet åt missgynnande grupper och "
                            "samtidigt bidra till att mildra könsskillnaderna inom det digitala "
                            "området"
                        ),
                        "it": (
                            "Miglioramento delle competenze digitali di alunni e studenti di tutte "
                            "le età, con particolare attenzione ai gruppi svantaggiati, "
                            "contribuendo al tempo stesso a ridurre il divario di genere in ambito "
                            "digitale"
                        ),
                        "en": (
                            "Improving the digital skills of pupils and students of all ages, with "
                            "particular attention to disadvantaged groups, while helping to narrow "
                            "the gender gap in the digital field"
                        ),
                    },
                    {
                        "sv": (
                            "SERN-medlemmar bör överväga att utveckla gemensamma aktiviteter som "
                            "främjar kompetensutveckling bland personalen som syftar till att "
                            "underlätta övergången från en mognadsnivå för e-tjänster som "
                            "tillhandahålls till en annan samt förvärva kompetens som behövs, till "
                            "exempel inom området social välfärd, för att planera och hantera "
                            "innovativa tjänster som kräver behärskning av verktyg och data."
                        ),
                        "it": (
                            "I membri di SERN dovrebbero valutare lo sviluppo di attività comuni "
                            "che promuovano lo sviluppo delle competenze del personale, con "
                            "l'obiettivo di facilitare il passaggio da un livello di maturità dei "
                            "servizi elettronici erogati a quello successivo e di acquisire le "
                            "competenze necessarie, ad esempio nel settore del welfare, per "
                            "pianificare e gestire servizi innovativi che richiedono la padronanza "
                            "di strumenti e dati."
                        ),
                        "en": (
                            "SERN members should consider developing joint activities that promote "
                            "staff skills development, aimed at facilitating the transition from "
                            "one maturity level of the e-services provided to the next and at "
                            "acquiring the skills needed, for example in the field of social "
                            "welfare, to plan and manage innovative services that require a "
                            "command of tools and data."
                        ),
                    },
                    {
                        "sv": (
                            "Andra faktorer som kan övervägas är följande: digital "
                            "kommunikationsförmåga för att främja den lokala verkligheten, "
                            "kommunikationsförmåga för att kommunicera med medborgarna och för att "
                            "bygga förtroende för känsliga frågor som dataskydd, cybersäkerhet och "
                            "ny invasiv teknik (berättande)."
                        ),
                        "it": (
                            "Altri fattori da considerare sono: le competenze di comunicazione "
                            "digitale per promuovere la realtà locale e le competenze comunicative "
                            "per dialogare con i cittadini e costruire fiducia su temi sensibili "
                            "come la protezione dei dati, la cybersicurezza e le nuove tecnologie "
                            "invasive (storytelling)."
                        ),
                        "en": (
                            "Other factors that can be considered are: digital communication "
                            "skills to promote the local area, and communication skills to engage "
                            "with citizens and build trust on sensitive issues such as data "
                            "protection, cybersecurity and new invasive technologies "
                            "(storytelling)."
                        ),
                    },
                    {
                        "sv": (
                            "En mer aktiv digital gemenskap: förbättring av färdigheter bland "
                            "medborgarna för att både öka aktivt deltagande i den demokratiska "
                            "processen och göra dem i stånd att dra nytta av digitala offentliga "
                            "tjänster och digitala tjänster i stort"
                        ),
                        "it": (
                            "Una comunità digitale più attiva: migliorare le competenze dei "
                            "cittadini sia per accrescerne la partecipazione attiva al processo "
                            "democratico sia per metterli in condizione di beneficiare dei servizi "
                            "pubblici digitali e dei servizi digitali in generale"
                        ),
                        "en": (
                            "A more active digital community: improving citizens' skills both to "
                            "increase active participation in the democratic process and to enable "
                            "them to benefit from digital public services and digital services in "
                            "general"
                        ),
                    },
                    {
                        "sv": (
                            "En rättvisare digital gemenskap där medborgare är bättre rustade att "
                            "känna igen och möte negativa fenomen som cyberhot, felinformation och "
                            "desinformation, särskilt utbredd i krisperioder; utbilda medborgarna "
                            "om rättvist och respektfullt beteende online och öka medvetenheten om "
                            "konsekvenserna av olämpligt beteende"
                        ),
                        "it": (
                            "Una comunità digitale più equa, in cui i cittadini siano meglio "
                            "preparati a riconoscere e contrastare fenomeni negativi come le "
                            "minacce informatiche, la misinformazione e la disinformazione, "
                            "particolarmente diffuse nei periodi di crisi; educare i cittadini a "
                            "un comportamento online corretto e rispettoso e sensibilizzarli sulle "
                            "conseguenze dei comportamenti inappropriati"
                        ),
                        "en": (
                            "A fairer digital community, in which citizens are better equipped to "
                            "recognise and counter negative phenomena such as cyber threats, "
                            "misinformation and disinformation, which are especially widespread in "
                            "times of crisis; educating citizens about fair and respectful "
                            "behaviour online and raising awareness of the consequences of "
                            "inappropriate behaviour"
                        ),
                    },
                    {
                        "sv": (
                            "En mer inkluderande digital gemenskap: t.ex. ta itu med den digitala "
                            "klyftan som särskilt drabbar äldre, ”låginkomst” och ”lågutbildade” "
                            "medborgare."
                        ),
                        "it": (
                            "Una comunità digitale più inclusiva: ad esempio, affrontare il "
                            "divario digitale che colpisce in particolare gli anziani e i "
                            "cittadini «a basso reddito» e «con un basso livello di istruzione»."
                        ),
                        "en": (
                            "A more inclusive digital community: for example, tackling the digital "
                            "divide that particularly affects older, “low-income” and "
                            "“low-educated” citizens."
                        ),
                    },
                    {
                        "sv": (
                            "En annan fråga som man bör ägna särskild uppmärksamhet åt kan vara "
                            "behovet av kompetens, uppskalning och omskolning av arbetskraften. "
                            "Faktum är att digital omvandling och nyligen Covid-19-pandemin utgör "
                            "nya utmaningar på arbetsmarknaden som kan hanteras utan formell "
                            "utbildning för vuxna elever, till exempel tillhandahålla digital "
                            "kompetens för arbetstagare i alla åldrar."
                        ),
                        "it": (
                            "Un'altra questione a cui prestare particolare attenzione può essere "
                            "il fabbisogno di competenze, di aggiornamento (upskilling) e di "
                            "riqualificazione (reskilling) della forza lavoro. La trasformazione "
                            "digitale e, più di recente, la pandemia di Covid-19 pongono infatti "
                            "nuove sfide sul mercato del lavoro, che possono essere affrontate al "
                            "di fuori dell'istruzione formale per i discenti adulti, ad esempio "
                            "fornendo competenze digitali ai lavoratori di tutte le età."
                        ),
                        "en": (
                            "Another issue deserving particular attention may be the need for "
                            "skills, upskilling and reskilling of the workforce. Indeed, the "
                            "digital transformation and, more recently, the Covid-19 pandemic pose "
                            "new challenges on the labour market that can be addressed outside "
                            "formal education for adult learners, for example by providing digital "
                            "skills to workers of all ages."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "code": "green-societies",
        "name": {
            "sv": "Gröna och hållbara samhällen",
            "it": "Società verdi e sostenibili",
            "en": "Green and sustainable societies",
        },
        "description": {
            "sv": (
                "För att bekämpa klimatförändringar över hela världen har initiativ övervägts av "
                "de internationella och europeiska institutionerna. Framför allt Parisavtalet, den "
                "första bindande internationella klimatförändringspakten, som syftar till att "
                "begränsa den globala uppvärmningen till 1,5 °C genom att å ena sidan minska "
                "växthusgasutsläppen och å andra sidan stärka samhällens förmåga att hantera "
                "effekterna av klimatförändringarna. Det är särskilt viktigt för lokala, regionala "
                "och nationella myndigheter att bli mer motståndskraftiga genom att minska deras "
                "sårbarhet för effekterna av klimatförändringar och samarbeta på regional och "
                "internationell nivå för att uppnå sina klimatmål. Inom det tematiska området "
                "gröna och hållbara samhällen kommer SERN att fokusera på följande områden: "
                "Klimatåtgärder, Hållbar turism och Smart mobilitet."
            ),
            "it": (
                "Per contrastare i cambiamenti climatici in tutto il mondo, le istituzioni "
                "internazionali ed europee hanno promosso diverse iniziative. Tra queste spicca "
                "l'Accordo di Parigi, il primo accordo internazionale vincolante sui cambiamenti "
                "climatici, che mira a limitare il riscaldamento globale a 1,5 °C riducendo, da un "
                "lato, le emissioni di gas serra e rafforzando, dall'altro, la capacità delle "
                "società di far fronte agli effetti dei cambiamenti climatici. È particolarmente "
                "importante che le autorità locali, regionali e nazionali diventino più "
                "resilienti, riducendo la propria vulnerabilità agli effetti dei cambiamenti "
                "climatici e cooperando a livello regionale e internazionale per raggiungere i "
                "propri obiettivi climatici. Nell'area tematica Società verdi e sostenibili, SERN "
                "si concentrerà sui seguenti ambiti: Azione per il clima, Turismo sostenibile e "
                "Mobilità intelligente."
            ),
            "en": (
                "To combat climate change worldwide, initiatives have been taken by international "
                "and European institutions, above all the Paris Agreement, the first binding "
                "international climate change agreement, which aims to limit global warming to 1.5 "
                "°C by reducing greenhouse gas emissions on the one hand and strengthening "
                "societies' ability to cope with the effects of climate change on the other. It is "
                "particularly important for local, regional and national authorities to become "
                "more resilient by reducing their vulnerability to the effects of climate change "
                "and by cooperating at regional and international level to achieve their climate "
                "goals. Within the thematic area of green and sustainable societies, SERN will "
                "focus on the following areas: Climate action, Sustainable tourism and Smart "
                "mobility."
            ),
        },
        "priorities": [
            {
                "code": "climate-action",
                "name": {
                    "sv": "Klimatåtgärder",
                    "it": "Azione per il clima",
                    "en": "Climate action",
                },
                "description": {
                    "sv": (
                        "På global nivå, under etiketten Klimatåtgärd, har två typer av "
                        "interventioner identifierats för att minska effekterna av "
                        "klimatförändringarna: klimatreducering, dvs. minskad klimatförändring, "
                        "och klimatanpassning. På EU-nivå har dessa två dimensioner inkluderats i "
                        "European Green Deal, hörnstenen i EU:s politik inom klimatåtgärder för de "
                        "kommande åren. Lokalsamhällen kommer att spela en viktig roll för att "
                        "uppnå de ambitiösa mål som EU sätter upp för 2050. Mot denna bakgrund ska "
                        "SERN-medlemmar fokusera på att bidra till den europeiska klimatpakten "
                        "genom samarbete inom följande tre områden:"
                    ),
                    "it": (
                        "A livello globale, sotto l'etichetta «Azione per il clima», sono stati "
                        "individuati due tipi di intervento per ridurre gli effetti dei "
                        "cambiamenti climatici: la mitigazione, ossia la riduzione del cambiamento "
                        "climatico, e l'adattamento. A livello europeo queste due dimensioni sono "
                        "state incluse nel Green Deal europeo, pietra angolare della politica "
                        "dell'UE in materia di azione per il clima per i prossimi anni. Le "
                        "comunità locali svolgeranno un ruolo importante nel raggiungimento degli "
                        "ambiziosi obiettivi fissati dall'UE per il 2050. In questo contesto, i "
                        "membri di SERN si concentreranno sul contributo al Patto europeo per il "
                        "clima attraverso la cooperazione nei tre ambiti seguenti:"
                    ),
                    "en": (
                        "At global level, under the label Climate action, two types of "
                        "intervention have been identified to reduce the effects of climate "
                        "change: climate mitigation, i.e. reducing climate change, and climate "
                        "adaptation. At EU level, these two dimensions have been included in the "
                        "European Green Deal, the cornerstone of EU climate action policy for the "
                        "coming years. Local communities will play an important role in achieving "
                        "the ambitious goals the EU has set for 2050. Against this background, "
                        "SERN members shall focus on contributing to the European Climate Pact "
                        "through cooperation in the following three areas:"
                    ),
                },
                "sdgs": [13, 11],
                "actions": [
                    {
                        "sv": (
                            "Strategier för en mer hållbar användning av deras territorium. Detta "
                            "innebär att man fokuserar på att återställa, utvidga och skydda "
                            "grönområden i stadsmiljöer och främja hållbart jordbruk och skogsbruk "
                            "i landsbygdssammanhang."
                        ),
                        "it": (
                            "Strategie per un uso più sostenibile del proprio territorio. Ciò "
                            "significa concentrarsi sul ripristino, l'ampliamento e la tutela "
                            "delle aree verdi negli ambienti urbani e promuovere l'agricoltura e "
                            "la silvicoltura sostenibili nei contesti rurali."
                        ),
                        "en": (
                            "Strategies for a more sustainable use of their territory. This means "
                            "focusing on restoring, expanding and protecting green spaces in urban "
                            "environments and promoting sustainable agriculture and forestry in "
                            "rural settings."
                        ),
                    },
                    {
                        "sv": (
                            "Mobilisera och höja medborgarnas medvetenhet om klimatförändringar "
                            "och bjuda in människor och intressenter att ansluta och dela kunskap, "
                            "lära sig om klimatförändringar, utveckla, genomföra och skala upp "
                            "lösningar."
                        ),
                        "it": (
                            "Mobilitare i cittadini e sensibilizzarli sui cambiamenti climatici, "
                            "invitando persone e portatori di interesse a mettersi in rete e "
                            "condividere conoscenze, a informarsi sui cambiamenti climatici e a "
                            "sviluppare, attuare e ampliare su scala più vasta le soluzioni."
                        ),
                        "en": (
                            "Mobilising citizens and raising their awareness of climate change, "
                            "and inviting people and stakeholders to connect and share knowledge, "
                            "learn about climate change, and develop, implement and scale up "
                            "solutions."
                        ),
                    },
                    {
                        "sv": (
                            "Stödja de lokala ekosystemen i skapandet av gröna arbetstillfällen "
                            "och fortsätta EU:s meritlista när det gäller att minska "
                            "växthusgasutsläppen samtidigt som den lokala ekonomin växer."
                        ),
                        "it": (
                            "Sostenere gli ecosistemi locali nella creazione di posti di lavoro "
                            "verdi e proseguire sulla strada dei risultati già ottenuti dall'UE "
                            "nella riduzione delle emissioni di gas serra, facendo al tempo stesso "
                            "crescere l'economia locale."
                        ),
                        "en": (
                            "Supporting local ecosystems in creating green jobs and continuing the "
                            "EU's track record of cutting greenhouse gas emissions while growing "
                            "the local economy."
                        ),
                    },
                ],
            },
            {
                "code": "sustainable-tourism",
                "name": {
                    "sv": "Hållbar turism",
                    "it": "Turismo sostenibile",
                    "en": "Sustainable tourism",
                },
                "description": {
                    "sv": (
                        "Hållbar turism handlar om att ta full hänsyn till dess nuvarande och "
                        "framtida ekonomiska, sociala och miljömässiga konsekvenser och tillgodose "
                        "behoven hos besökare, industrin, miljön och värdsamhället. Som för många "
                        "av SERN-medlemmarna representerar denna sektor en relevant aspekt i sin "
                        "lokala ekonomi. Samarbetsverksamheten inom ramen för SERN ska beakta "
                        "följande dimensioner:"
                    ),
                    "it": (
                        "Il turismo sostenibile consiste nel tenere pienamente conto dei propri "
                        "impatti economici, sociali e ambientali, attuali e futuri, rispondendo "
                        "alle esigenze dei visitatori, del settore, dell'ambiente e delle comunità "
                        "ospitanti. Per molti membri di SERN questo settore rappresenta una "
                        "componente rilevante dell'economia locale. Le attività di cooperazione "
                        "nell'ambito di SERN terranno conto delle seguenti dimensioni:"
                    ),
                    "en": (
                        "Sustainable tourism means taking full account of its current and future "
                        "economic, social and environmental impacts while addressing the needs of "
                        "visitors, the industry, the environment and host communities. For many "
                        "SERN members, this sector is a significant part of their local economy. "
                        "Cooperation activities within SERN shall take the following dimensions "
                        "into account:"
                    ),
                },
                "sdgs": [13, 11],
                "actions": [
                    {
                        "sv": (
                            "Ett gemensamt arbete med hållbar turism, erbjudanden och produkter "
                            "baserade på lokala identiteter i samhällen som bevarar deras "
                            "kulturarv och historia, som alternativ till mogna turismprodukter "
                            "kopplade till säsong- och massturismfenomenen. Mot bakgrund av detta "
                            "är skydd, marknadsföring och rationell användning av lokala natur- "
                            "och kulturresurser för att utveckla ett hållbart turismerbjudande "
                            "nyckeln för att minimera resursanvändningen, avfallsproduktionen och "
                            "föroreningar vid turistmål."
                        ),
                        "it": (
                            "Un lavoro comune sul turismo sostenibile, con offerte e prodotti "
                            "basati sulle identità locali di comunità che preservano il proprio "
                            "patrimonio culturale e la propria storia, come alternativa ai "
                            "prodotti turistici maturi legati ai fenomeni della stagionalità e del "
                            "turismo di massa. In questa prospettiva, la tutela, la promozione e "
                            "l'uso razionale delle risorse naturali e culturali locali per "
                            "sviluppare un'offerta turistica sostenibile sono fondamentali per "
                            "ridurre al minimo il consumo di risorse, la produzione di rifiuti e "
                            "l'inquinamento nelle destinazioni turistiche."
                        ),
                        "en": (
                            "Joint work on sustainable tourism, with offers and products based on "
                            "the local identities of communities that preserve their cultural "
                            "heritage and history, as an alternative to mature tourism products "
                            "linked to seasonal and mass tourism. In this light, the protection, "
                            "promotion and rational use of local natural and cultural resources to "
                            "develop a sustainable tourism offer are key to minimising resource "
                            "use, waste generation and pollution at tourist destinations."
                        ),
                    },
                    {
                        "sv": (
                            "Utveckling eller förstärkning av lokala varumärkesstrategier som "
                            "syftar till att öka platsattraktionskraften för turister och företag "
                            "och bidra till den lokala utvecklingen, för att förbättra unikt, "
                            "äkthet och distinkt hos en plats. Platsmärkesstrategierna bör ta "
                            "hänsyn till lokalsamhällens behov och inspiration: därför bör de "
                            "utformas i samarbete i ett nedifrån och upp perspektiv med "
                            "intressenter och medborgare som kommer att dela kunskap, utveckla, "
                            "implementera och skala upp innovativa lösningar för platsmärkning."
                        ),
                        "it": (
                            "Sviluppo o rafforzamento di strategie locali di marketing "
                            "territoriale (place branding) volte ad accrescere l'attrattività dei "
                            "luoghi per turisti e imprese e a contribuire allo sviluppo locale, "
                            "valorizzando l'unicità, l'autenticità e la specificità di un luogo. "
                            "Le strategie di place branding dovrebbero tenere conto delle esigenze "
                            "e delle aspirazioni delle comunità locali: per questo dovrebbero "
                            "essere elaborate in modo partecipativo, secondo un approccio dal "
                            "basso, insieme ai portatori di interesse e ai cittadini, che "
                            "condivideranno conoscenze e svilupperanno, attueranno e diffonderanno "
                            "su scala più ampia soluzioni innovative di place branding."
                        ),
                        "en": (
                            "Developing or strengthening local branding strategies aimed at "
                            "increasing the attractiveness of places for tourists and businesses "
                            "and contributing to local development, by enhancing the uniqueness, "
                            "authenticity and distinctiveness of a place. Place-branding "
                            "strategies should take into account the needs and aspirations of "
                            "local communities: they should therefore be designed collaboratively, "
                            "from a bottom-up perspective, with stakeholders and citizens who will "
                            "share knowledge and develop, implement and scale up innovative "
                            "place-branding solutions."
                        ),
                    },
                    {
                        "sv": (
                            "Påskynda innovation inom turistbranschen genom möjligheterna som "
                            "digitaliseringen erbjuder samtidigt som man utvecklar innovativa "
                            "metoder och verktyg för kommunikationsteknik. Aspekter som främjande "
                            "av digitalisering av lokala evenemang, genom skapande av virtuella "
                            "evenemang, hybridhändelser (inklusive både närvaro på plats och "
                            "digital närvaro), satellithändelser (som äger rum samtidigt på många "
                            "platser i landet med mindre grupper)."
                        ),
                        "it": (
                            "Accelerare l'innovazione nel settore turistico grazie alle "
                            "opportunità offerte dalla digitalizzazione, sviluppando al tempo "
                            "stesso metodi e strumenti innovativi di comunicazione. Aspetti come "
                            "la promozione della digitalizzazione degli eventi locali, attraverso "
                            "la creazione di eventi virtuali, eventi ibridi (con partecipazione "
                            "sia in presenza sia a distanza) ed eventi satellite (che si svolgono "
                            "contemporaneamente in più luoghi del Paese con gruppi più piccoli)."
                        ),
                        "en": (
                            "Accelerating innovation in the tourism sector through the "
                            "opportunities offered by digitalisation, while developing innovative "
                            "communication methods and tools. Aspects such as promoting the "
                            "digitalisation of local events by creating virtual events, hybrid "
                            "events (with both on-site and online attendance) and satellite events "
                            "(taking place simultaneously in many locations across the country "
                            "with smaller groups)."
                        ),
                    },
                ],
            },
            {
                "code": "smart-mobility",
                "name": {
                    "sv": "Smart mobilitet",
                    "it": "Mobilità intelligente",
                    "en": "Smart mobility",
                },
                "description": {
                    "sv": (
                        "Stadsrörlighet bör vara smart, hållbar och motståndskraftig. I detta "
                        "avseende syftar EU till att minska koldioxidutsläppen i hela "
                        "transportsektorn och minska de 90% av de utsläpp som genereras av denna "
                        "sektor jämfört med de utsläpp som producerades 1990. Smart mobilitet är "
                        "därför en viktig tillgång för att minska trängseln och främja snabbare, "
                        "grönare och billigare transportalternativ (i alternativ till privata "
                        "bilar).\n\n"
                        "Mot denna bakgrund ska samarbetet mellan SERN-medlemmarna inriktas på:"
                    ),
                    "it": (
                        "La mobilità urbana dovrebbe essere intelligente, sostenibile e "
                        "resiliente. A questo proposito, l'UE punta a decarbonizzare l'intero "
                        "settore dei trasporti e a ridurre del 90% le emissioni da esso generate "
                        "rispetto ai livelli del 1990. La mobilità intelligente è quindi una "
                        "risorsa fondamentale per ridurre la congestione e promuovere opzioni di "
                        "trasporto più rapide, più verdi e più economiche (in alternativa all'auto "
                        "privata).\n\n"
                        "In questo contesto, la cooperazione tra i membri di SERN si concentrerà "
                        "su:"
                    ),
                    "en": (
                        "Urban mobility should be smart, sustainable and resilient. In this "
                        "respect, the EU aims to cut carbon emissions across the entire transport "
                        "sector and to reduce the emissions generated by the sector by 90% "
                        "compared with 1990 levels. Smart mobility is therefore a key asset for "
                        "reducing congestion and promoting faster, greener and cheaper transport "
                        "options (as an alternative to private cars).\n\n"
                        "Against this background, cooperation between SERN members shall focus on:"
                    ),
                },
                "sdgs": [13, 11],
                "actions": [
                    {
                        "sv": (
                            "Strategier som syftar till att omforma stadsmiljön för att minska "
                            "utrymmet för bilar och utvidga gång- och cykelvägar och områden "
                            "samtidigt som den digitala mobiliteten, tillgängligheten och "
                            "ansvarsfulla resor stärks av multimodal rörlighet även mot bakgrund "
                            "av vad som beskrivs ovan i avsnittet om hållbar turism."
                        ),
                        "it": (
                            "Strategie volte a ridisegnare l'ambiente urbano per ridurre lo spazio "
                            "destinato alle auto e ampliare percorsi e aree pedonali e ciclabili, "
                            "rafforzando al tempo stesso la mobilità digitale, l'accessibilità e i "
                            "viaggi responsabili grazie alla mobilità multimodale, anche alla luce "
                            "di quanto descritto sopra a proposito del turismo sostenibile."
                        ),
                        "en": (
                            "Strategies aimed at reshaping the urban environment to reduce the "
                            "space for cars and expand walking and cycling routes and areas, while "
                            "strengthening digital mobility, accessibility and responsible travel "
                            "through multimodal mobility, also in light of what is described above "
                            "under sustainable tourism."
                        ),
                    },
                    {
                        "sv": (
                            "En främjande av hållbart och aktivt rörlighetsbeteende: det betyder "
                            "att styra initiativ som påverkar mobilitetsval i städer för att "
                            "uppmuntra så mycket gång, cykling och kollektivtrafik som möjligt och "
                            "minimera användningen av privata fordon."
                        ),
                        "it": (
                            "La promozione di comportamenti di mobilità sostenibile e attiva: ciò "
                            "significa orientare le iniziative che influenzano le scelte di "
                            "mobilità nelle città, per incoraggiare il più possibile gli "
                            "spostamenti a piedi, in bicicletta e con il trasporto pubblico e "
                            "ridurre al minimo l'uso dei veicoli privati."
                        ),
                        "en": (
                            "Promoting sustainable and active mobility behaviour: this means "
                            "steering initiatives that influence mobility choices in cities so as "
                            "to encourage walking, cycling and public transport as much as "
                            "possible and to minimise the use of private vehicles."
                        ),
                    },
                ],
            },
        ],
    },
]

# The four transversal perspectives. The strategy names them in one sentence; the
# descriptions are built from the strategy's own sentences on each of them.
PERSPECTIVES = [
    {
        "code": "inclusion-diversity",
        "name": {
            "sv": "Inkludering och mångfald",
            "it": "Inclusione e diversità",
            "en": "Inclusion and diversity",
        },
        "description": {
            "sv": (
                "Medlemmar bör inte bara se inklusion som ett tema som man kan samarbeta kring "
                "utan som en faktor som man måste ta hänsyn till när man utformar och genomför "
                "samarbetsprocessen. Inom nätverket ska inklusion och mångfald också erkännas som "
                "värdefulla faktorer i hanteringen av mänskliga resurser."
            ),
            "it": (
                "I membri non dovrebbero considerare l'inclusione soltanto come un tema su cui "
                "cooperare, ma come un fattore di cui tenere conto nella progettazione e "
                "nell'attuazione del processo di cooperazione. All'interno della rete, inoltre, "
                "l'inclusione e la diversità devono essere riconosciute come fattori preziosi "
                "nella gestione delle risorse umane."
            ),
            "en": (
                "Members should see inclusion not only as a theme to cooperate on but as a factor "
                "to be taken into account when designing and carrying out the cooperation process. "
                "Within the network, inclusion and diversity shall also be recognised as valuable "
                "factors in human resources management."
            ),
        },
    },
    {
        "code": "digital-transformation",
        "name": {
            "sv": "Digital transformation",
            "it": "Trasformazione digitale",
            "en": "Digital transformation",
        },
        "description": {
            "sv": (
                "Den digitaliserade omvandlingen skapar fördelar och möjligheter för alla invånare "
                "i samhället som tillhör SERN. Medlemmar bör inte bara se digitalisering som ett "
                "tema som man kan samarbeta kring utan som en faktor som man måste ta hänsyn till "
                "när man utformar och genomför samarbetsprocessen, och SERNs sekretariat ska "
                "främja digitaliseringen av de egna arbetsprocesserna."
            ),
            "it": (
                "La trasformazione digitale crea benefici e opportunità per tutti gli abitanti "
                "delle comunità che fanno parte di SERN. I membri non dovrebbero considerare la "
                "digitalizzazione soltanto come un tema su cui cooperare, ma come un fattore di "
                "cui tenere conto nella progettazione e nell'attuazione del processo di "
                "cooperazione; il Segretariato di SERN promuoverà a sua volta la digitalizzazione "
                "dei propri processi di lavoro."
            ),
            "en": (
                "The digital transformation creates benefits and opportunities for all inhabitants "
                "of the communities belonging to SERN. Members should see digitalisation not only "
                "as a theme to cooperate on but as a factor to be taken into account when "
                "designing and carrying out the cooperation process, and the SERN Secretariat "
                "shall promote the digitalisation of its own work processes."
            ),
        },
    },
    {
        "code": "democratic-participation",
        "name": {
            "sv": "Deltagande i det demokratiska livet",
            "it": "Partecipazione alla vita democratica",
            "en": "Participation in democratic life",
        },
        "description": {
            "sv": (
                "Ett aktivt medborgarskap främjar demokratiskt och medborgerligt deltagande på en "
                "lokal, nationell, europeisk och global nivå med tanke på att medborgarskap och "
                "socialt deltagande är grundläggande för europeiska värderingar och demokrati. "
                "Alla individer och grupper i ett demokratiskt samhälle har rätt att delta i alla "
                "demokratiska metoder och institutioner i samhället."
            ),
            "it": (
                "La cittadinanza attiva promuove la partecipazione democratica e civica a livello "
                "locale, nazionale, europeo e globale, poiché la cittadinanza e la partecipazione "
                "sociale sono fondamentali per i valori europei e per la democrazia. Tutti gli "
                "individui e i gruppi di una società democratica hanno il diritto di partecipare a "
                "tutte le pratiche e le istituzioni democratiche della società."
            ),
            "en": (
                "Active citizenship promotes democratic and civic participation at local, "
                "national, European and global level, given that citizenship and social "
                "participation are fundamental to European values and democracy. All individuals "
                "and groups in a democratic society have the right to take part in all the "
                "democratic practices and institutions of society."
            ),
        },
    },
    {
        "code": "ecological-sustainability",
        "name": {
            "sv": "Ekologisk hållbarhet",
            "it": "Sostenibilità ecologica",
            "en": "Ecological sustainability",
        },
        "description": {
            "sv": (
                "Medlemmar bör inte bara se miljömässig hållbarhet som ett tema som man kan "
                "samarbeta kring utan som en faktor som man måste ta hänsyn till när man utformar "
                "och genomför samarbetsprocessen. SERNs sekretariat ska progressivt genomföra "
                "åtgärder som syftar till att minska CO2-utsläppen som orsakas av de egna "
                "aktiviteterna."
            ),
            "it": (
                "I membri non dovrebbero considerare la sostenibilità ambientale soltanto come un "
                "tema su cui cooperare, ma come un fattore di cui tenere conto nella progettazione "
                "e nell'attuazione del processo di cooperazione. Il Segretariato di SERN attuerà "
                "progressivamente misure volte a ridurre le emissioni di CO2 prodotte dalle "
                "proprie attività."
            ),
            "en": (
                "Members should see environmental sustainability not only as a theme to cooperate "
                "on but as a factor to be taken into account when designing and carrying out the "
                "cooperation process. The SERN Secretariat shall progressively implement measures "
                "to reduce the CO2 emissions caused by its own activities."
            ),
        },
    },
]

# The four activity areas (AKTIVITETER) in the strategy's order.
ACTIVITY_AREAS = [
    {
        "code": "project-cooperation",
        "name": {
            "sv": "Projektbaserat samarbete",
            "it": "Cooperazione basata su progetti",
            "en": "Project-based cooperation",
        },
        "description": {
            "sv": (
                "Nätverket kommer att fortsätta att ha en viktig roll bland medlemmarna som "
                "accelerator av projektbaserat samarbete. Sekretariatets centrala roll i processen "
                "för att matcha medlemmarnas intressen inom de prioriterade områdena kommer att "
                "fortsätta och stärkas. Resultaten som nätverket uppnått under de senaste åren har "
                "åstadkommits tack vare Projektcykelhanteringen, som är huvudmetoden som används "
                "för att främja projektbaserade aktiviteter bland medlemmarna.\n\n"
                "Fokus kommer att ligga på de två första faserna i projektcykelhanteringen: "
                "Indikativ programmering och Identifiering. Sekretariatets främsta mål är att "
                "identifiera medlemmar som är intresserade av att ansluta sig till ett förslag och "
                "att stödja dem i arbetet med att fastställa de punkter som är viktigast för "
                "nätverkets projektgrupper. På det viset ska de på ett effektivt sätt ska kunna "
                "formulera ett projektförslag inom ramen för de relevanta EU-programmen.\n\n"
                "Nätverket kan delta som ledare och/eller projektpartner i de projekt som ger ett "
                "mervärde till nätverket och dess medlemmar, speciellt vad gäller resultatens "
                "överförbarhet.\n\n"
                "Inom ramen för projektbaserade samarbeten kommer en nyckelaspekt på sikt att vara "
                "SERNs förmåga att sammanställa de resultat och produkter som uppnåtts av "
                "projekten som utvecklats inom nätverket och att främja överföring av kunskap och "
                "innovation bland medlemmarna."
            ),
            "it": (
                "La rete continuerà a svolgere un ruolo importante tra i membri come acceleratore "
                "della cooperazione basata su progetti. Il ruolo centrale del Segretariato nel far "
                "incontrare gli interessi dei membri nelle aree prioritarie proseguirà e sarà "
                "rafforzato. I risultati ottenuti dalla rete negli ultimi anni sono stati "
                "raggiunti grazie al Project Cycle Management (gestione del ciclo di progetto), il "
                "metodo principale utilizzato per promuovere le attività progettuali tra i "
                "membri.\n\n"
                "L'attenzione si concentrerà sulle prime due fasi del ciclo di progetto: "
                "programmazione indicativa e identificazione. L'obiettivo principale del "
                "Segretariato è individuare i membri interessati ad aderire a una proposta e "
                "sostenerli nella definizione dei punti più importanti per i gruppi di progetto "
                "della rete, affinché possano formulare efficacemente una proposta progettuale "
                "nell'ambito dei programmi europei pertinenti.\n\n"
                "La rete può partecipare come capofila e/o partner ai progetti che apportano un "
                "valore aggiunto alla rete e ai suoi membri, in particolare per quanto riguarda la "
                "trasferibilità dei risultati.\n\n"
                "Nell'ambito della cooperazione basata su progetti, un aspetto chiave nel lungo "
                "periodo sarà la capacità di SERN di raccogliere i risultati e i prodotti dei "
                "progetti sviluppati all'interno della rete e di promuovere il trasferimento di "
                "conoscenze e di innovazione tra i membri."
            ),
            "en": (
                "The network will continue to play an important role among its members as an "
                "accelerator of project-based cooperation. The Secretariat's central role in "
                "matching members' interests within the priority areas will continue and be "
                "strengthened. The results the network has achieved in recent years have been made "
                "possible by Project Cycle Management, the main method used to promote "
                "project-based activities among members.\n\n"
                "The focus will be on the first two phases of the project cycle: indicative "
                "programming and identification. The Secretariat's main objective is to identify "
                "members interested in joining a proposal and to support them in defining the "
                "points that matter most to the network's project groups, so that they can "
                "effectively formulate a project proposal under the relevant EU programmes.\n\n"
                "The network may take part as lead partner and/or project partner in projects that "
                "bring added value to the network and its members, especially as regards the "
                "transferability of results.\n\n"
                "Within project-based cooperation, a key aspect in the long term will be SERN's "
                "ability to bring together the results and outputs of the projects developed "
                "within the network and to promote the transfer of knowledge and innovation among "
                "members."
            ),
        },
    },
    {
        "code": "information-dissemination",
        "name": {
            "sv": "Information och framställning",
            "it": "Informazione e diffusione",
            "en": "Information and dissemination",
        },
        "description": {
            "sv": (
                "Nätverket kan vara en värdefull informationskälla för sina medlemmar. I SERNs "
                "medlemsområde kommer sekretariatet att lägga ut information om de viktigaste "
                "politiska utvecklingarna på EU-nivå i de olika prioriterade områdena samt EU:s "
                "inbjudan att lämna in projektförslag som är relevanta för de tematiska områdena "
                "som prioriterats av den här strategin.\n\n"
                "Med hänvisning till aktivitetsområdet ”projektbaserat samarbete” kommer nätverket "
                "aktivt att arbeta med att sprida och överföra projektresultaten bland medlemmarna "
                "genom en rad specifika och regelbundet utförda aktiviteter. Generalförsamlingen "
                "kommer att fortsätta att vara nyckeltillfället för att dela med sig av och lära "
                "sig om medlemmarnas bästa praxis. Under året kommer man även att organisera "
                "specifikt tillägnade tillfällen där det är möjligt att fördjupa sig i de "
                "tematiska aspekterna, se informationen nedan. Webbsidan kommer också att "
                "förbättras för att visa upp medlemmarnas lokala bästa praxis som hör till denna "
                "strategis prioriterade områden."
            ),
            "it": (
                "La rete può essere una preziosa fonte di informazione per i propri membri. "
                "Nell'Area riservata ai membri di SERN (Members Area), il Segretariato pubblicherà "
                "informazioni sui principali sviluppi delle politiche dell'UE nelle diverse aree "
                "prioritarie, nonché gli inviti dell'UE a presentare proposte pertinenti per le "
                "aree tematiche prioritarie di questa strategia.\n\n"
                "In relazione all'area di attività «cooperazione basata su progetti», la rete si "
                "impegnerà attivamente a diffondere e trasferire i risultati dei progetti tra i "
                "membri attraverso una serie di attività specifiche e svolte regolarmente. "
                "L'Assemblea generale continuerà a essere il momento chiave per condividere e "
                "conoscere le buone pratiche dei membri. Nel corso dell'anno saranno inoltre "
                "organizzati momenti dedicati in cui approfondire gli aspetti tematici (si vedano "
                "le informazioni riportate di seguito). Anche il sito web sarà migliorato per dare "
                "visibilità alle buone pratiche locali dei membri che rientrano nelle aree "
                "prioritarie di questa strategia."
            ),
            "en": (
                "The network can be a valuable source of information for its members. In SERN's "
                "Members Area, the Secretariat will post information on the main EU policy "
                "developments in the various priority areas, as well as EU calls for proposals "
                "relevant to the thematic areas prioritised by this strategy.\n\n"
                "With reference to the “project-based cooperation” activity area, the network will "
                "actively work to disseminate and transfer project results among members through a "
                "series of specific, regularly held activities. The General Assembly will remain "
                "the key occasion for sharing and learning about members' best practices. During "
                "the year, dedicated events will also be organised to explore thematic aspects in "
                "depth (see below). The website will also be improved to showcase members' local "
                "best practices relating to the priority areas of this strategy."
            ),
        },
    },
    {
        "code": "learning-training",
        "name": {
            "sv": "Lärande och utbildning",
            "it": "Apprendimento e formazione",
            "en": "Learning and training",
        },
        "description": {
            "sv": (
                "Ömsesidigt lärande är en av nätverkets nyckelegenskaper. I detta avseende kommer "
                "ett ytterligare aktivitetsområde att bestå av en rad aktiviteter som kommer att "
                "komplettera det projektbaserade arbetet och informationsaktiviteterna. Nätverket "
                "kommer att fortsätta att erbjuda möjligheten att aktivera bilaterala eller "
                "multilaterala referentgranskningsaktiviteter bland medlemmarna. Utöver detta "
                "kommer man att planera ett flertal utbildningsaktiviteter, både digitalt och "
                "fysiskt, med två huvudsakliga målsättningar. Den första kommer att vara att "
                "tillhandahålla möjligheten för medlemmarna att stärka sin organisationsförmåga "
                "för att de själva ska kunna aktivera sig inom ramen för (EU) projektbaserade "
                "aktiviteter. Den andra kommer att koncentrera sig på att öka kunskapen bland "
                "medlemmarnas anställda i ett begränsat antal tematiska områden som ska "
                "identifieras av sekretariatet vartannat år. Arbetet kommer att vara kopplat till "
                "den expertis som man förvärvat under de sista aktiviteterna/projekten eller till "
                "teman som är mycket relevanta för medlemmarna och som hör till strategins "
                "prioriterade tematiska områden. För att kunna behandla specifika teman genom "
                "särskilda utbildningsaktiviteter, kommer nätverket att identifiera partners som "
                "har de nödvändiga sakkunskaperna."
            ),
            "it": (
                "L'apprendimento reciproco è una delle caratteristiche chiave della rete. In "
                "quest'ottica, un'ulteriore area di attività consisterà in una serie di iniziative "
                "a complemento del lavoro progettuale e delle attività di informazione. La rete "
                "continuerà a offrire la possibilità di attivare tra i membri attività di "
                "revisione tra pari (peer review) bilaterali o multilaterali. Saranno inoltre "
                "programmate diverse attività formative, sia online sia in presenza, con due "
                "obiettivi principali. Il primo sarà offrire ai membri l'opportunità di rafforzare "
                "la propria capacità organizzativa, così da potersi attivare autonomamente "
                "nell'ambito di attività progettuali (europee). Il secondo si concentrerà "
                "sull'accrescimento delle conoscenze del personale dei membri in un numero "
                "limitato di aree tematiche, che il Segretariato individuerà ogni due anni. Il "
                "lavoro sarà legato alle competenze acquisite nelle attività e nei progetti più "
                "recenti o a temi molto rilevanti per i membri e riconducibili alle aree tematiche "
                "prioritarie della strategia. Per trattare temi specifici attraverso attività "
                "formative dedicate, la rete individuerà partner in possesso delle competenze "
                "necessarie."
            ),
            "en": (
                "Mutual learning is one of the network's key features. In this respect, a further "
                "activity area will consist of a range of activities complementing project-based "
                "work and information activities. The network will continue to offer the "
                "opportunity to activate bilateral or multilateral peer reviews among members. In "
                "addition, a number of training activities will be planned, both online and in "
                "person, with two main objectives. The first will be to give members the "
                "opportunity to strengthen their organisational capacity so that they can "
                "themselves become active in (EU) project-based activities. The second will focus "
                "on increasing the knowledge of members' staff in a limited number of thematic "
                "areas to be identified by the Secretariat every two years. This work will be "
                "linked to the expertise gained in the most recent activities/projects or to "
                "themes that are highly relevant to members and belong to the strategy's priority "
                "thematic areas. To address specific themes through dedicated training activities, "
                "the network will identify partners with the necessary expertise."
            ),
        },
    },
    {
        "code": "pooling-expertise",
        "name": {
            "sv": "Sammansättning av expertis",
            "it": "Messa in comune delle competenze",
            "en": "Pooling of expertise",
        },
        "description": {
            "sv": (
                "Ett nytt aktivitetsområde för nätverket, som på experimentell väg kommer att "
                "utvecklas under den andra halvan av strategins genomförandefas, är att "
                "identifiera sakkunskap som finns i de två länderna. Denna sakkunskap skulle kunna "
                "föras samman och på så vis tillvarata den höga kompetensnivå som finns bland "
                "medlemsorganisationernas anställda. Den här processens syfte är att överföra "
                "innovation/bästa praxis till medlemmarna inom nätverket. Dessutom kommer man att "
                "utvärdera eventuella nya möjligheter i initiativ och internationella projekt som "
                "riktar sig till icke-EU-sammanhang/länder där de svenska och italienska "
                "medlemmarnas komplementaritet skulle kunna vara ett unikt mervärde, t ex genom "
                "att man bidrar med expertis i en rad politiska områden i vilka nätverket har "
                "varit speciellt aktivt under de sista åren."
            ),
            "it": (
                "Una nuova area di attività della rete, che sarà sviluppata in via sperimentale "
                "nella seconda metà del periodo di attuazione della strategia, consiste "
                "nell'individuare le competenze presenti nei due Paesi. Tali competenze potrebbero "
                "essere messe in comune, valorizzando così l'elevato livello di professionalità "
                "del personale delle organizzazioni aderenti. Lo scopo di questo processo è "
                "trasferire innovazione e buone pratiche ai membri all'interno della rete. Saranno "
                "inoltre valutate eventuali nuove opportunità in iniziative e progetti "
                "internazionali rivolti a contesti e Paesi extra-UE, nei quali la complementarità "
                "tra i membri svedesi e italiani potrebbe rappresentare un valore aggiunto unico, "
                "ad esempio mettendo a disposizione competenze in una serie di ambiti di "
                "intervento pubblico in cui la rete è stata particolarmente attiva negli ultimi "
                "anni."
            ),
            "en": (
                "A new activity area for the network, to be developed on an experimental basis "
                "during the second half of the strategy's implementation period, is identifying "
                "the expertise available in the two countries. This expertise could be pooled, "
                "thereby making the most of the high level of competence among the staff of member "
                "organisations. The purpose of this process is to transfer innovation/best "
                "practices to members within the network. In addition, possible new opportunities "
                "will be assessed in initiatives and international projects targeting non-EU "
                "contexts/countries, where the complementarity of Swedish and Italian members "
                "could be a unique added value, for example by contributing expertise in a range "
                "of policy areas in which the network has been particularly active in recent years."
            ),
        },
    },
]

# How to become a member (brochure, "Hur blir man medlem").
MEMBERSHIP_STEPS = [
    {
        "sv": (
            "Ladda ner och fyll i ansökningsformuläret för medlemskap. Formuläret måste "
            "undertecknas av organisationens juridiska representant. Blanketten finns på SERN:s "
            "webbplats."
        ),
        "it": (
            "Scaricare e compilare il modulo di domanda di adesione. Il modulo deve essere firmato "
            "dal rappresentante legale dell'organizzazione ed è disponibile sul sito web di SERN."
        ),
        "en": (
            "Download and fill in the membership application form. The form must be signed by the "
            "organisation's legal representative. The form is available on the SERN website."
        ),
    },
    {
        "sv": (
            "Skicka formuläret tillsammans med ett brev med en presentation till styrelsens "
            "ordförande."
        ),
        "it": (
            "Inviare il modulo, insieme a una lettera di presentazione, al Presidente del "
            "Consiglio direttivo."
        ),
        "en": "Send the form, together with a presentation letter, to the Chair of the Board.",
    },
    {
        "sv": (
            "SERN:s styrelse sammanträder regelbundet tre gånger per år, i februari, maj och "
            "november. Det är styrelsen som godkänner nya medlemskap."
        ),
        "it": (
            "Il Consiglio direttivo di SERN si riunisce regolarmente tre volte l'anno, a febbraio, "
            "maggio e novembre. È il Consiglio direttivo ad approvare le nuove adesioni."
        ),
        "en": (
            "The SERN Board meets regularly three times a year, in February, May and November. It "
            "is the Board that approves new memberships."
        ),
    },
]

# How the annual membership fee is set (brochure).
FEES_EXPLAINED = {
    "sv": (
        "Den årliga medlemsavgiften beror på organisationens typ och antalet invånare (eller "
        "antalet anställda och den ekonomiska kapaciteten för andra organisationer). Mer "
        "information finns på vår webbplats."
    ),
    "it": (
        "La quota associativa annuale dipende dalla tipologia dell'organizzazione e dal numero di "
        "abitanti (oppure, per le altre organizzazioni, dal numero di dipendenti e dalla capacità "
        "economica). Maggiori informazioni sono disponibili sul nostro sito web."
    ),
    "en": (
        "The annual membership fee depends on the type of organisation and its number of "
        "inhabitants (or, for other organisations, on the number of employees and economic "
        "capacity). More information is available on our website."
    ),
}

# The secretariat's address and contacts (brochure back page).
CONTACT = {
    "name": "Sweden Emilia-Romagna Network (SERN)",
    "street": "Stradone Martiri della Libertà 15",
    "postcode": "43123",
    "city": "Parma",
    "country": {
        "sv": "Italien",
        "it": "Italia",
        "en": "Italy",
    },
    "email": "secretariat@sern.eu",
    "phone": "+39 0521 686023",
}

# Distinctions (brochure, "Utmärkelser").
AWARDS = [
    {
        "sv": (
            "SERN identifierades som bästa exempel inom området tematiska nätverk från den "
            "Europeiska Kommissionen."
        ),
        "it": (
            "SERN è stata individuata dalla Commissione europea come miglior esempio nell'ambito "
            "delle reti tematiche."
        ),
        "en": (
            "SERN was identified by the European Commission as the best example in the field of "
            "thematic networks."
        ),
    },
    {
        "sv": (
            "Den svenska ambassaden i Rom och den italiensk-svenska handelskammaren delade ut "
            'priset som "Årets främjare av Sverige i Italien" till SERN som ett resultat av det '
            "arbete som nätverket utförts för att främja relationerna och banden mellan de två "
            "länderna."
        ),
        "it": (
            "L'Ambasciata di Svezia a Roma e la Camera di commercio italo-svedese hanno conferito "
            "a SERN il premio «Promotore dell'anno della Svezia in Italia», in riconoscimento del "
            "lavoro svolto dalla rete per promuovere le relazioni e i legami tra i due Paesi."
        ),
        "en": (
            "The Swedish Embassy in Rome and the Italian-Swedish Chamber of Commerce awarded SERN "
            "the prize “Promoter of Sweden in Italy of the Year” in recognition of the network's "
            "work to promote relations and ties between the two countries."
        ),
    },
    {
        "sv": (
            "Den Europeiska kommissionen identifierade projekten MANTT och QLSE som två av 25 fall "
            "av högkvalitativa projekt som genomförts inom ramen för programmet Europa för "
            "medborgarna 2007-2013."
        ),
        "it": (
            "La Commissione europea ha individuato i progetti MANTT e QLSE come due dei 25 casi di "
            "progetti di alta qualità realizzati nell'ambito del programma Europa per i cittadini "
            "2007-2013."
        ),
        "en": (
            "The European Commission identified the MANTT and QLSE projects as two of 25 "
            "high-quality projects carried out under the Europe for Citizens programme 2007–2013."
        ),
    },
    {
        "sv": (
            "Europeiska unionens genomförandeorgan för audiovisuell utbildning och kultur (EACEA) "
            "har bjudit in SERN att vända sig till Comenius-projektsamordnare i frågor som rör "
            "projektledning på grund av de utmärkta resultat som uppnåtts som projektsamordnare "
            "för Comenius-nätverket CREANET."
        ),
        "it": (
            "L'Agenzia esecutiva per l'istruzione, gli audiovisivi e la cultura dell'Unione "
            "europea (EACEA) ha invitato SERN a intervenire presso i coordinatori di progetti "
            "Comenius sui temi della gestione dei progetti, grazie agli eccellenti risultati "
            "ottenuti come coordinatore della rete Comenius CREANET."
        ),
        "en": (
            "The European Union's Education, Audiovisual and Culture Executive Agency (EACEA) "
            "invited SERN to address Comenius project coordinators on project management, in view "
            "of the excellent results it achieved as coordinator of the Comenius network CREANET."
        ),
    },
    {
        "sv": (
            "SERN inbjöds av EACEA att presentera projektet BAGS4YOUTH, som valts ut som bästa "
            "praxis, vid den europeiska veckan för regioner och städer."
        ),
        "it": (
            "SERN è stata invitata dall'EACEA a presentare il progetto BAGS4YOUTH, selezionato "
            "come buona pratica, durante la Settimana europea delle regioni e delle città."
        ),
        "en": (
            "SERN was invited by EACEA to present the BAGS4YOUTH project, selected as a best "
            "practice, at the European Week of Regions and Cities."
        ),
    },
    {
        "sv": (
            "SERN bjöds in av det italienska Erasmus+-kontoret INDIRE för att presentera "
            "KA2-projektet EQUAP som ett exempel på bästa praxis under sammanträdet för "
            "projektsamordnare."
        ),
        "it": (
            "SERN è stata invitata da INDIRE, l'Agenzia nazionale Erasmus+ italiana, a presentare "
            "il progetto KA2 EQUAP come esempio di buona pratica durante l'incontro dei "
            "coordinatori di progetto."
        ),
        "en": (
            "SERN was invited by INDIRE, the Italian Erasmus+ office, to present the KA2 project "
            "EQUAP as an example of best practice at the project coordinators' meeting."
        ),
    },
    {
        "sv": (
            "Projekten Equap och Mobec valdes ut som bästa praxis av den italienska nationella "
            "byrån INDIRE."
        ),
        "it": (
            "I progetti Equap e Mobec sono stati selezionati come buone pratiche dall'Agenzia "
            "nazionale italiana INDIRE."
        ),
        "en": (
            "The Equap and Mobec projects were selected as best practices by the Italian National "
            "Agency INDIRE."
        ),
    },
    {
        "sv": (
            'Projektet Equap har inkluderats i publikationen "Toolkit for inclusive early '
            'childhood education and care" (verktygslåda för inkluderande småbarnspedagogik och '
            "-vård) som publicerats av GD Utbildning, Ungdom, Sport och Kultur."
        ),
        "it": (
            "Il progetto Equap è stato incluso nella pubblicazione «Toolkit for inclusive early "
            "childhood education and care» (strumenti per l'educazione e la cura inclusive della "
            "prima infanzia), pubblicata dalla DG Istruzione, gioventù, sport e cultura."
        ),
        "en": (
            "The Equap project was included in the publication “Toolkit for inclusive early "
            "childhood education and care”, published by the Directorate-General for Education, "
            "Youth, Sport and Culture."
        ),
    },
]
