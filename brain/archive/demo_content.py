"""Demo content for the Collective Brain: a programme template and archive materials.

Plain data only. ``DEMO_SESSIONS`` is the programme reused for every edition (``{city}`` is
replaced by the edition's city); ``DEMO_MATERIALS`` are the documents and recordings of the
demo archive. All strings use Latin-1 characters only, so they can be written into PDFs.
"""

DEMO_SESSIONS = [
    {
        "day": 1, "start": "09:00", "end": "10:30", "kind": "plenary",
        "speakers": "Maria Helena Costa, ILO; Giulia Ferraresi, ITCILO",
        "title": {
            "en": "Opening plenary: the social and solidarity economy, a pathway to decent work",
            "fr": "Plénière d'ouverture : l'économie sociale et solidaire, une voie vers le travail décent",
            "es": "Plenaria de apertura: la economía social y solidaria, un camino hacia el trabajo decente",
            "pt": "Plenária de abertura: a economia social e solidária, um caminho para o trabalho decente",
        },
        "summary": {
            "en": "Welcome to the Academy in {city}. This opening session presents the objectives of the week and situates the social and solidarity economy within the ILO Decent Work Agenda. Participants meet the facilitators and share the expectations they bring from their own organisations.",
            "fr": "Bienvenue à l'Académie de {city}. Cette séance d'ouverture présente les objectifs de la semaine et situe l'économie sociale et solidaire dans l'Agenda du travail décent de l'OIT. Les participants rencontrent l'équipe d'animation et partagent les attentes de leurs organisations.",
            "es": "Bienvenida a la Academia de {city}. Esta sesión de apertura presenta los objetivos de la semana y sitúa la economía social y solidaria en el marco de la Agenda de Trabajo Decente de la OIT. Las personas participantes conocen al equipo facilitador y comparten las expectativas de sus organizaciones.",
            "pt": "Boas-vindas à Academia de {city}. Esta sessão de abertura apresenta os objetivos da semana e situa a economia social e solidária na Agenda do Trabalho Decente da OIT. Os participantes conhecem a equipa de facilitação e partilham as expectativas das suas organizações.",
        },
    },
    {
        "day": 1, "start": "11:00", "end": "12:30", "kind": "elective",
        "speakers": "Pierre-Olivier Lemaire, CIRIEC; Nomvula Dlamini, RIPESS Africa",
        "title": {
            "en": "Understanding the SSE: concepts, actors and values",
            "fr": "Comprendre l'ESS : concepts, acteurs et valeurs",
            "es": "Comprender la ESS: conceptos, actores y valores",
            "pt": "Compreender a ESS: conceitos, atores e valores",
        },
        "summary": {
            "en": "An introduction to the diversity of SSE organisations: cooperatives, mutual societies, associations, foundations and social enterprises. The session discusses the shared values of solidarity, democratic governance and the primacy of people over capital. Participants compare definitions used in different regions and in recent international instruments.",
            "fr": "Une introduction à la diversité des organisations de l'ESS : coopératives, mutuelles, associations, fondations et entreprises sociales. La séance aborde les valeurs communes de solidarité, de gouvernance démocratique et de primauté des personnes sur le capital. Les participants comparent les définitions utilisées dans différentes régions et dans les instruments internationaux récents.",
            "es": "Una introducción a la diversidad de organizaciones de la ESS: cooperativas, mutuales, asociaciones, fundaciones y empresas sociales. La sesión analiza los valores compartidos de solidaridad, gestión democrática y primacía de las personas sobre el capital. Se comparan las definiciones utilizadas en distintas regiones y en los instrumentos internacionales recientes.",
            "pt": "Uma introdução à diversidade das organizações da ESS: cooperativas, mutualidades, associações, fundações e empresas sociais. A sessão debate os valores partilhados de solidariedade, gestão democrática e primazia das pessoas sobre o capital. Os participantes comparam as definições usadas em diferentes regiões e nos instrumentos internacionais recentes.",
        },
    },
    {
        "day": 2, "start": "09:00", "end": "10:30", "kind": "plenary",
        "speakers": "Rafael Quintero, ILO Cooperatives Unit; Sophie Bernier, Chantier de l'économie sociale",
        "title": {
            "en": "Public policies and legal frameworks for the SSE",
            "fr": "Politiques publiques et cadres juridiques de l'ESS",
            "es": "Políticas públicas y marcos jurídicos para la ESS",
            "pt": "Políticas públicas e quadros jurídicos para a ESS",
        },
        "summary": {
            "en": "How can governments create an enabling environment for the SSE? Speakers review framework laws, dedicated ministries and co-construction mechanisms from several continents. The discussion highlights what makes a public policy durable beyond electoral cycles.",
            "fr": "Comment les pouvoirs publics peuvent-ils créer un environnement favorable à l'ESS ? Les intervenants passent en revue des lois-cadres, des ministères dédiés et des mécanismes de co-construction sur plusieurs continents. Le débat souligne ce qui rend une politique publique durable au-delà des cycles électoraux.",
            "es": "¿Cómo pueden los gobiernos crear un entorno propicio para la ESS? Las personas ponentes repasan leyes marco, ministerios especializados y mecanismos de co-construcción en varios continentes. El debate destaca qué hace que una política pública perdure más allá de los ciclos electorales.",
            "pt": "Como podem os governos criar um ambiente favorável à ESS? Os oradores analisam leis-quadro, ministérios dedicados e mecanismos de co-construção em vários continentes. O debate destaca o que torna uma política pública duradoura para além dos ciclos eleitorais.",
        },
    },
    {
        "day": 2, "start": "11:00", "end": "12:30", "kind": "elective",
        "speakers": "Fatima Zahra Benali, Union des coopératives féminines de l'arganier; Ana Lucía Herrera, ICA Americas",
        "title": {
            "en": "Women's economic empowerment through cooperatives and collective enterprises",
            "fr": "L'autonomisation économique des femmes par les coopératives et les entreprises collectives",
            "es": "Empoderamiento económico de las mujeres a través de cooperativas y empresas colectivas",
            "pt": "Empoderamento económico das mulheres através das cooperativas e empresas coletivas",
        },
        "summary": {
            "en": "Women are the backbone of many SSE initiatives, from savings groups to producer cooperatives. This elective examines how collective enterprises can improve women's income, voice and access to social protection. Case studies address unpaid care work and leadership in mixed organisations.",
            "fr": "Les femmes sont le pilier de nombreuses initiatives de l'ESS, des groupes d'épargne aux coopératives de production. Cet atelier optionnel examine comment les entreprises collectives peuvent améliorer les revenus, la voix et l'accès à la protection sociale des femmes. Des études de cas abordent le travail de soin non rémunéré et le leadership dans les organisations mixtes.",
            "es": "Las mujeres sostienen muchas iniciativas de la ESS, desde los grupos de ahorro hasta las cooperativas de producción. Esta sesión electiva analiza cómo las empresas colectivas pueden mejorar los ingresos, la voz y el acceso a la protección social de las mujeres. Los estudios de caso abordan el trabajo de cuidados no remunerado y el liderazgo en organizaciones mixtas.",
            "pt": "As mulheres sustentam muitas iniciativas da ESS, dos grupos de poupança às cooperativas de produção. Esta sessão eletiva analisa como as empresas coletivas podem melhorar o rendimento, a voz e o acesso das mulheres à proteção social. Os estudos de caso abordam o trabalho de cuidado não remunerado e a liderança em organizações mistas.",
        },
    },
    {
        "day": 2, "start": "14:00", "end": "15:30", "kind": "elective",
        "speakers": "Thomas Keller, CIRIEC; Amadou Diallo, Réseau des mutuelles d'épargne et de crédit",
        "title": {
            "en": "Social finance: funding the SSE",
            "fr": "Finance solidaire : financer l'ESS",
            "es": "Finanzas solidarias: financiar la ESS",
            "pt": "Finanças solidárias: financiar a ESS",
        },
        "summary": {
            "en": "Access to appropriate finance remains a major constraint for SSE organisations. The session compares cooperative banks, credit unions, community development funds and solidarity-based savings schemes. Participants discuss how public guarantees and impact investment can complement member capital.",
            "fr": "L'accès à un financement adapté reste un frein majeur pour les organisations de l'ESS. La séance compare les banques coopératives, les coopératives d'épargne et de crédit, les fonds de développement local et l'épargne solidaire. Les participants discutent de la manière dont les garanties publiques et l'investissement à impact peuvent compléter le capital des membres.",
            "es": "El acceso a una financiación adecuada sigue siendo una limitación importante para las organizaciones de la ESS. La sesión compara la banca cooperativa, las cooperativas de ahorro y crédito, los fondos de desarrollo local y el ahorro solidario. Se debate cómo las garantías públicas y la inversión de impacto pueden complementar el capital de las personas socias.",
            "pt": "O acesso a financiamento adequado continua a ser um obstáculo importante para as organizações da ESS. A sessão compara bancos cooperativos, cooperativas de crédito, fundos de desenvolvimento local e a poupança solidária. Os participantes discutem como as garantias públicas e o investimento de impacto podem complementar o capital dos membros.",
        },
    },
    {
        "day": 3, "start": "09:00", "end": "10:00", "kind": "plenary",
        "speakers": "Elena Marchetti, Local SSE Network; Luca Moretti, ITCILO",
        "title": {
            "en": "The SSE in {city}: meeting local actors",
            "fr": "L'ESS à {city} : rencontre avec les acteurs locaux",
            "es": "La ESS en {city}: encuentro con los actores locales",
            "pt": "A ESS em {city}: encontro com os atores locais",
        },
        "summary": {
            "en": "Before the study visit, representatives of local cooperatives, associations and municipal services introduce the SSE ecosystem of {city}. They explain how their organisations were created, the alliances they built and the challenges they currently face.",
            "fr": "Avant la visite d'étude, des représentants de coopératives, d'associations et de services municipaux présentent l'écosystème de l'ESS à {city}. Ils expliquent comment leurs organisations sont nées, les alliances qu'elles ont construites et les défis qu'elles affrontent aujourd'hui.",
            "es": "Antes de la visita de estudio, representantes de cooperativas, asociaciones y servicios municipales presentan el ecosistema de la ESS en {city}. Explican cómo nacieron sus organizaciones, las alianzas que han construido y los retos que enfrentan actualmente.",
            "pt": "Antes da visita de estudo, representantes de cooperativas, associações e serviços municipais apresentam o ecossistema da ESS em {city}. Explicam como nasceram as suas organizações, as alianças que construíram e os desafios que enfrentam atualmente.",
        },
    },
    {
        "day": 3, "start": "10:30", "end": "17:00", "kind": "study_visit",
        "speakers": "Elena Marchetti, Local SSE Network; Samuel Okoro, RIPESS",
        "title": {
            "en": "Study visit: SSE organisations in {city}",
            "fr": "Visite d'étude : organisations de l'ESS à {city}",
            "es": "Visita de estudio: organizaciones de la ESS en {city}",
            "pt": "Visita de estudo: organizações da ESS em {city}",
        },
        "summary": {
            "en": "Participants travel in small groups to visit cooperatives, social enterprises and community initiatives in and around {city}. Each group meets members and managers, observes daily activities and asks questions about governance, financing and working conditions. The day ends with a short debriefing on the lessons learned.",
            "fr": "Les participants se rendent en petits groupes auprès de coopératives, d'entreprises sociales et d'initiatives communautaires à {city} et dans ses environs. Chaque groupe rencontre des membres et des responsables, observe les activités quotidiennes et pose des questions sur la gouvernance, le financement et les conditions de travail. La journée se termine par un bref bilan des enseignements.",
            "es": "Las personas participantes visitan en pequeños grupos cooperativas, empresas sociales e iniciativas comunitarias en {city} y sus alrededores. Cada grupo se reúne con socios y gerentes, observa las actividades cotidianas y pregunta sobre gobernanza, financiación y condiciones de trabajo. La jornada concluye con una breve puesta en común de los aprendizajes.",
            "pt": "Os participantes visitam, em pequenos grupos, cooperativas, empresas sociais e iniciativas comunitárias em {city} e arredores. Cada grupo reúne-se com membros e dirigentes, observa as atividades quotidianas e coloca questões sobre governação, financiamento e condições de trabalho. O dia termina com uma breve partilha das aprendizagens.",
        },
    },
    {
        "day": 4, "start": "09:00", "end": "10:30", "kind": "plenary",
        "speakers": "Kwame Mensah, ILO; Rosa Elvira Castillo, StreetNet International",
        "title": {
            "en": "From the informal economy to decent work: the role of the SSE",
            "fr": "De l'économie informelle au travail décent : le rôle de l'ESS",
            "es": "De la economía informal al trabajo decente: el papel de la ESS",
            "pt": "Da economia informal ao trabalho decente: o papel da ESS",
        },
        "summary": {
            "en": "More than half of the world's workers earn their living in the informal economy. This plenary explores how cooperatives and associations of informal workers help them organise, access markets and social protection, and move gradually towards formality.",
            "fr": "Plus de la moitié des travailleurs du monde gagnent leur vie dans l'économie informelle. Cette plénière explore comment les coopératives et les associations de travailleurs informels les aident à s'organiser, à accéder aux marchés et à la protection sociale, et à évoluer progressivement vers la formalité.",
            "es": "Más de la mitad de las personas trabajadoras del mundo se ganan la vida en la economía informal. Esta plenaria explora cómo las cooperativas y las asociaciones de trabajadores informales les ayudan a organizarse, acceder a mercados y a la protección social, y avanzar gradualmente hacia la formalidad.",
            "pt": "Mais de metade dos trabalhadores do mundo ganham a vida na economia informal. Esta plenária explora como as cooperativas e as associações de trabalhadores informais os ajudam a organizar-se, a aceder a mercados e à proteção social e a avançar gradualmente para a formalidade.",
        },
    },
    {
        "day": 4, "start": "11:00", "end": "12:30", "kind": "elective",
        "speakers": "Ingrid Solberg, ILO Green Jobs Programme; Mateo Rivas, Cooperativa de Energía Comunitaria",
        "title": {
            "en": "The SSE and the green and just transition",
            "fr": "L'ESS et la transition verte et juste",
            "es": "La ESS y la transición verde y justa",
            "pt": "A ESS e a transição verde e justa",
        },
        "summary": {
            "en": "Renewable energy cooperatives, waste pickers' organisations and community forestry show that the SSE can combine environmental goals with decent jobs. The session discusses how a just transition can leave no worker or community behind.",
            "fr": "Les coopératives d'énergie renouvelable, les organisations de récupérateurs de déchets et la foresterie communautaire montrent que l'ESS peut allier objectifs environnementaux et emplois décents. La séance examine comment une transition juste peut ne laisser aucun travailleur ni aucune communauté de côté.",
            "es": "Las cooperativas de energía renovable, las organizaciones de recicladores y la silvicultura comunitaria muestran que la ESS puede combinar objetivos ambientales y empleos decentes. La sesión analiza cómo una transición justa puede no dejar atrás a ningún trabajador ni a ninguna comunidad.",
            "pt": "As cooperativas de energia renovável, as organizações de catadores e a silvicultura comunitária mostram que a ESS pode conciliar objetivos ambientais e empregos dignos. A sessão analisa como uma transição justa pode não deixar para trás nenhum trabalhador nem nenhuma comunidade.",
        },
    },
    {
        "day": 4, "start": "14:00", "end": "17:00", "kind": "workshop",
        "speakers": "Giulia Ferraresi, ITCILO; Samuel Okoro, RIPESS",
        "title": {
            "en": "Action planning workshop: from ideas to SSE projects",
            "fr": "Atelier de planification : des idées aux projets d'ESS",
            "es": "Taller de planificación: de las ideas a los proyectos de ESS",
            "pt": "Oficina de planeamento: das ideias aos projetos de ESS",
        },
        "summary": {
            "en": "Working in regional groups, participants turn the week's insights into a concrete action plan for their organisation or country. Facilitators introduce simple tools for stakeholder mapping, theory of change and resource mobilisation. Draft plans are shared for peer feedback on the final day.",
            "fr": "Réunis en groupes régionaux, les participants traduisent les enseignements de la semaine en un plan d'action concret pour leur organisation ou leur pays. Les animateurs présentent des outils simples de cartographie des acteurs, de théorie du changement et de mobilisation des ressources. Les projets de plans sont partagés le dernier jour pour recueillir l'avis des pairs.",
            "es": "En grupos regionales, las personas participantes convierten los aprendizajes de la semana en un plan de acción concreto para su organización o país. El equipo facilitador presenta herramientas sencillas de mapeo de actores, teoría del cambio y movilización de recursos. Los borradores se comparten el último día para recibir comentarios de los pares.",
            "pt": "Em grupos regionais, os participantes transformam as aprendizagens da semana num plano de ação concreto para a sua organização ou país. A equipa de facilitação apresenta ferramentas simples de mapeamento de atores, teoria da mudança e mobilização de recursos. Os rascunhos são partilhados no último dia para receber comentários dos pares.",
        },
    },
    {
        "day": 5, "start": "09:00", "end": "10:30", "kind": "plenary",
        "speakers": "Paulo Sérgio Andrade, Agência Brasileira de Cooperação; Aïcha Traoré, RIPESS Africa",
        "title": {
            "en": "South-South and triangular cooperation for the SSE",
            "fr": "La coopération Sud-Sud et triangulaire au service de l'ESS",
            "es": "Cooperación Sur-Sur y triangular para la ESS",
            "pt": "Cooperação Sul-Sul e triangular para a ESS",
        },
        "summary": {
            "en": "Countries of the global South have accumulated rich experience in promoting the SSE. This plenary shows how peer learning, exchange visits and triangular partnerships with the ILO help transfer good practices between regions while respecting local contexts.",
            "fr": "Les pays du Sud ont accumulé une riche expérience dans la promotion de l'ESS. Cette plénière montre comment l'apprentissage entre pairs, les visites d'échange et les partenariats triangulaires avec l'OIT facilitent le transfert de bonnes pratiques entre régions, dans le respect des contextes locaux.",
            "es": "Los países del Sur global han acumulado una rica experiencia en la promoción de la ESS. Esta plenaria muestra cómo el aprendizaje entre pares, las visitas de intercambio y las alianzas triangulares con la OIT ayudan a transferir buenas prácticas entre regiones respetando los contextos locales.",
            "pt": "Os países do Sul global acumularam uma rica experiência na promoção da ESS. Esta plenária mostra como a aprendizagem entre pares, as visitas de intercâmbio e as parcerias triangulares com a OIT ajudam a transferir boas práticas entre regiões, respeitando os contextos locais.",
        },
    },
    {
        "day": 5, "start": "11:00", "end": "12:30", "kind": "plenary",
        "speakers": "Maria Helena Costa, ILO; Giulia Ferraresi, ITCILO",
        "title": {
            "en": "Closing plenary: commitments and the way forward",
            "fr": "Plénière de clôture : engagements et perspectives",
            "es": "Plenaria de clausura: compromisos y próximos pasos",
            "pt": "Plenária de encerramento: compromissos e próximos passos",
        },
        "summary": {
            "en": "Groups present their action plans and receive feedback from peers and experts. The session summarises the main messages of the Academy in {city} and invites participants to stay connected through the Collective Brain community. Certificates are handed out at the end of the ceremony.",
            "fr": "Les groupes présentent leurs plans d'action et reçoivent les commentaires de leurs pairs et des experts. La séance résume les principaux messages de l'Académie de {city} et invite les participants à rester en contact grâce à la communauté du Collective Brain. Les certificats sont remis à la fin de la cérémonie.",
            "es": "Los grupos presentan sus planes de acción y reciben comentarios de pares y especialistas. La sesión resume los principales mensajes de la Academia de {city} e invita a las personas participantes a mantenerse en contacto a través de la comunidad del Collective Brain. Los certificados se entregan al final de la ceremonia.",
            "pt": "Os grupos apresentam os seus planos de ação e recebem comentários dos pares e de especialistas. A sessão resume as principais mensagens da Academia de {city} e convida os participantes a manterem-se em contacto através da comunidade do Collective Brain. Os certificados são entregues no final da cerimónia.",
        },
    },
]


DEMO_MATERIALS = [
    # 2010 - Turin ------------------------------------------------------------------------------
    {
        "group": None,
        "title": "Programme of the First ILO Academy on Social and Solidarity Economy, Turin 2010",
        "description": "Day-by-day programme of the first Academy held at the ITCILO campus in Turin, with session themes and study visits.",
        "kind": "agenda", "language": "en", "edition": "2010-turin", "session_day": None,
        "topics": ["decent-work", "cooperatives"],
        "authors": "Giulia Ferraresi; Marco Bellini",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """First ILO Academy on Social and Solidarity Economy
Turin, ITCILO campus, 25-29 October 2010

Monday: Opening plenary on the social and solidarity economy as a pathway to decent work, followed by an introduction to the diversity of SSE organisations: cooperatives, mutual societies, associations and social enterprises. Evening welcome reception on the campus.

Tuesday: Plenary on public policies and legal frameworks for the SSE, with examples from Latin America, Africa and Europe. Afternoon electives on social finance and on women's economic empowerment through collective enterprises.

Wednesday: Presentation of the Piedmont social economy, followed by a study visit to social cooperatives in Turin that employ people with disabilities and former prisoners, and to a consumer cooperative founded in the nineteenth century.

Thursday: Plenary on the informal economy and the role of workers' associations. Afternoon workshop on action planning in regional groups.

Friday: Plenary on South-South and triangular cooperation, presentation of group action plans, evaluation and closing ceremony with the delivery of certificates.

Working languages: English, French and Spanish, with simultaneous interpretation in all plenary sessions.""",
    },
    {
        "group": None,
        "title": "Turin 2010: key takeaways from the first Academy",
        "description": "Summary of the main messages and open questions that emerged from the first ILO Academy on the SSE.",
        "kind": "summary", "language": "en", "edition": "2010-turin", "session_day": 5,
        "topics": ["decent-work", "south-south-cooperation", "cooperatives"],
        "authors": "Marco Bellini; Adèle Fontaine",
        "visibility": "public", "format": "docx", "url": "",
        "body": """The first ILO Academy on Social and Solidarity Economy brought together 65 participants from 32 countries: government officials, representatives of workers' and employers' organisations, cooperative leaders, researchers and staff of development agencies. Over five days, they explored how the SSE contributes to decent work, social inclusion and sustainable development.

Three main messages emerged. First, the SSE is not a marginal sector but a diverse family of enterprises and organisations - cooperatives, mutual societies, associations, foundations and social enterprises - that share values of solidarity, participation and autonomy. Second, the SSE needs supportive public policies, yet it should not become dependent on them: co-construction between governments and SSE networks was repeatedly cited as the most promising approach. Third, the financial crisis of 2008-2009 showed that member-owned enterprises, notably cooperative banks, were often more resilient than investor-owned firms.

Participants also noted important gaps. Statistics on the SSE remain scarce and difficult to compare between countries. Training materials are rarely available in local languages. Links between SSE organisations and trade unions are still weak in many regions.

The Academy closed with a call to make this event a regular meeting point and to build a community of practice that would allow participants to continue learning from each other between editions.""",
    },
    {
        "group": "reader-2010-concepts",
        "title": "Social and Solidarity Economy: Building a Common Understanding - Reader, introduction",
        "description": "Introductory chapter of the Academy reader, presenting the key concepts, actors and values of the social and solidarity economy.",
        "kind": "reading", "language": "en", "edition": "2010-turin", "session_day": 1,
        "topics": ["cooperatives", "decent-work", "local-development"],
        "authors": "Adèle Fontaine; Rafael Quintero",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """The social and solidarity economy (SSE) refers to enterprises and organisations, in particular cooperatives, mutual benefit societies, associations, foundations and social enterprises, which produce goods, services and knowledge while pursuing both economic and social aims and fostering solidarity. The concept brings together two traditions. The social economy, rooted in nineteenth-century Europe, emphasises legal forms and democratic governance. The solidarity economy, which grew strongly in Latin America, puts the accent on grassroots initiatives, reciprocity and social transformation.

Despite their diversity, SSE organisations share common features. They are created to meet the needs of their members or of the community rather than to maximise returns to investors. They are governed democratically or in a participatory way. They are autonomous from the State, and their surpluses are reinvested or distributed according to the contribution of members rather than the capital they hold.

For the ILO, the SSE is closely linked to the Decent Work Agenda. Cooperatives and other SSE organisations create and maintain jobs, extend social protection, give voice to workers in the informal economy and promote rights at work. The Promotion of Cooperatives Recommendation, 2002 (No. 193) is the main international standard in this field.

This reader invites participants to question definitions, compare national experiences and identify the conditions under which the SSE can deliver on its promise.""",
    },
    {
        "group": "reader-2010-concepts",
        "title": "Économie sociale et solidaire : construire une compréhension commune - Recueil de lectures, introduction",
        "description": "Chapitre introductif du recueil de l'Académie, présentant les concepts, les acteurs et les valeurs de l'économie sociale et solidaire.",
        "kind": "reading", "language": "fr", "edition": "2010-turin", "session_day": 1,
        "topics": ["cooperatives", "decent-work", "local-development"],
        "authors": "Adèle Fontaine; Rafael Quintero",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """L'économie sociale et solidaire (ESS) désigne les entreprises et organisations, en particulier les coopératives, les mutuelles, les associations, les fondations et les entreprises sociales, qui produisent des biens, des services et des connaissances tout en poursuivant des objectifs économiques et sociaux et en favorisant la solidarité. Le concept réunit deux traditions. L'économie sociale, née dans l'Europe du XIXe siècle, met l'accent sur les statuts juridiques et la gouvernance démocratique. L'économie solidaire, qui s'est fortement développée en Amérique latine, insiste sur les initiatives de base, la réciprocité et la transformation sociale.

Malgré leur diversité, les organisations de l'ESS partagent des caractéristiques communes. Elles sont créées pour répondre aux besoins de leurs membres ou de la collectivité plutôt que pour maximiser le rendement du capital. Elles sont gérées de manière démocratique ou participative. Elles sont autonomes vis-à-vis de l'État, et leurs excédents sont réinvestis ou répartis selon la contribution des membres et non selon le capital détenu.

Pour l'OIT, l'ESS est étroitement liée à l'Agenda du travail décent. Les coopératives et les autres organisations de l'ESS créent et maintiennent des emplois, étendent la protection sociale, donnent une voix aux travailleurs de l'économie informelle et promeuvent les droits au travail. La recommandation (n° 193) sur la promotion des coopératives, 2002, est la principale norme internationale dans ce domaine.

Ce recueil invite les participants à interroger les définitions, à comparer les expériences nationales et à identifier les conditions dans lesquelles l'ESS peut tenir ses promesses.""",
    },
    {
        "group": "reader-2010-concepts",
        "title": "Economía social y solidaria: construir un entendimiento común - Lecturas, introducción",
        "description": "Capítulo introductorio de las lecturas de la Academia, que presenta los conceptos, actores y valores de la economía social y solidaria.",
        "kind": "reading", "language": "es", "edition": "2010-turin", "session_day": 1,
        "topics": ["cooperatives", "decent-work", "local-development"],
        "authors": "Adèle Fontaine; Rafael Quintero",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """La economía social y solidaria (ESS) se refiere a las empresas y organizaciones, en particular las cooperativas, las mutuales, las asociaciones, las fundaciones y las empresas sociales, que producen bienes, servicios y conocimientos persiguiendo a la vez fines económicos y sociales y fomentando la solidaridad. El concepto reúne dos tradiciones. La economía social, surgida en la Europa del siglo XIX, pone el acento en las formas jurídicas y la gestión democrática. La economía solidaria, que creció con fuerza en América Latina, destaca las iniciativas de base, la reciprocidad y la transformación social.

A pesar de su diversidad, las organizaciones de la ESS comparten rasgos comunes. Se crean para responder a las necesidades de sus miembros o de la comunidad y no para maximizar el rendimiento del capital. Se gobiernan de manera democrática o participativa. Son autónomas respecto del Estado, y sus excedentes se reinvierten o se distribuyen según la contribución de las personas socias y no según el capital aportado.

Para la OIT, la ESS está estrechamente vinculada al trabajo decente. Las cooperativas y otras organizaciones de la ESS crean y mantienen empleos, amplían la protección social, dan voz a quienes trabajan en la economía informal y promueven los derechos en el trabajo. La Recomendación sobre la promoción de las cooperativas, 2002 (núm. 193), es la principal norma internacional en este ámbito.

Estas lecturas invitan a cuestionar las definiciones, comparar experiencias nacionales e identificar las condiciones en las que la ESS puede cumplir sus promesas.""",
    },
    {
        "group": None,
        "title": "Recording: opening plenary of the first Academy, Turin 2010",
        "description": "Video of the opening plenary, with the keynote on the social and solidarity economy and decent work.",
        "kind": "recording", "language": "en", "edition": "2010-turin", "session_day": 1,
        "topics": ["decent-work"],
        "authors": "Maria Helena Costa; Giulia Ferraresi",
        "visibility": "public", "format": "link",
        "url": "https://example.org/recordings/2010-turin-opening-plenary",
        "body": "Full recording of the opening plenary of the first Academy in Turin, including the keynote on the social and solidarity economy and decent work. Duration: 1 hour 25 minutes.",
    },
    # 2011 - Montreal ---------------------------------------------------------------------------
    {
        "group": None,
        "title": "Programme de l'Académie sur l'économie sociale et solidaire, Montréal 2011",
        "description": "Programme détaillé de la deuxième Académie, organisée à Montréal avec des partenaires québécois de l'économie sociale.",
        "kind": "agenda", "language": "fr", "edition": "2011-montreal", "session_day": None,
        "topics": ["public-policies", "local-development"],
        "authors": "Sophie Bernier; Jean-François Tremblay",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Deuxième Académie de l'OIT sur l'économie sociale et solidaire
Montréal, 24-28 octobre 2011

Lundi : séance plénière d'ouverture sur l'économie sociale et solidaire comme voie vers le travail décent. Présentation des objectifs de la semaine et des participants, venus de 38 pays. Atelier optionnel sur les concepts, les acteurs et les valeurs de l'ESS.

Mardi : plénière consacrée aux politiques publiques et aux cadres juridiques, avec un éclairage particulier sur le projet de loi sur l'économie sociale en préparation au Québec. Ateliers optionnels sur l'autonomisation économique des femmes et sur la finance solidaire.

Mercredi : présentation de l'écosystème montréalais par le Chantier de l'économie sociale, suivie de visites d'étude dans des coopératives de travail, des entreprises d'insertion et un centre de la petite enfance géré en coopérative.

Jeudi : plénière sur le passage de l'économie informelle au travail décent. Atelier optionnel sur les coopératives d'habitation et le développement local. L'après-midi, atelier de planification par groupes régionaux.

Vendredi : plénière sur la coopération Sud-Sud et triangulaire, présentation des plans d'action, évaluation et cérémonie de clôture.

Langues de travail : français, anglais et espagnol. Interprétation simultanée assurée pour toutes les plénières.""",
    },
    {
        "group": None,
        "title": "Synthèse de l'Académie de Montréal : la co-construction au coeur des politiques de l'ESS",
        "description": "Principaux enseignements de l'édition 2011, centrée sur le dialogue entre pouvoirs publics et acteurs de l'économie sociale et solidaire.",
        "kind": "summary", "language": "fr", "edition": "2011-montreal", "session_day": 5,
        "topics": ["public-policies", "local-development", "cooperatives"],
        "authors": "Jean-François Tremblay; Aminata Sow",
        "visibility": "public", "format": "docx", "url": "",
        "body": """L'Académie de Montréal a réuni 72 participants de 38 pays autour d'une question centrale : comment les pouvoirs publics et les acteurs de l'économie sociale et solidaire peuvent-ils construire ensemble des politiques efficaces ? L'expérience québécoise a servi de fil conducteur. Depuis le Sommet sur l'économie et l'emploi de 1996, le Chantier de l'économie sociale dialogue avec le gouvernement et les municipalités pour concevoir des outils de financement, de formation et de développement local.

Économie de proximité, l'ESS québécoise s'appuie sur des réseaux sectoriels solides : coopératives d'habitation, centres de la petite enfance, entreprises d'insertion, coopératives de travail et de solidarité. Les visites d'étude ont permis de constater que la forme coopérative peut répondre à des besoins très concrets, comme la garde des enfants ou le maintien de services dans les quartiers.

Les participants africains et latino-américains ont souligné que ce modèle ne peut pas être copié tel quel. Le niveau de structuration de la société civile, la capacité de l'État et le poids de l'économie informelle varient fortement d'un pays à l'autre. Ils ont cependant retenu plusieurs principes : reconnaître l'ESS dans la loi, créer des espaces permanents de concertation et doter les réseaux de moyens pour produire leurs propres données.

Enfin, l'Académie a insisté sur le lien entre ESS et travail décent : la qualité des emplois créés doit être évaluée au même titre que leur nombre.""",
    },
    {
        "group": None,
        "title": "Le Chantier de l'économie sociale : quinze ans de partenariat avec l'État québécois",
        "description": "Diaporama présentant l'histoire, les outils financiers et les réseaux du Chantier de l'économie sociale au Québec.",
        "kind": "presentation", "language": "fr", "edition": "2011-montreal", "session_day": 3,
        "topics": ["local-development", "public-policies", "financing"],
        "authors": "Sophie Bernier",
        "visibility": "members", "format": "pptx", "url": "",
        "body": """Le Chantier de l'économie sociale
Présentation à l'Académie de l'OIT, Montréal 2011. Sophie Bernier, responsable des relations internationales.
---
Origines
En 1996, le Sommet sur l'économie et l'emploi reconnaît l'économie sociale comme un pilier du développement du Québec. Le Chantier naît de cette rencontre entre mouvements sociaux, syndicats, coopératives et gouvernement.
---
Un réseau de réseaux
Le Chantier regroupe des réseaux sectoriels, des pôles régionaux, des mouvements coopératifs et des organismes communautaires. Il représente plus de 7 000 entreprises collectives et environ 150 000 emplois.
---
Des outils financiers adaptés
Le Réseau d'investissement social du Québec accorde des prêts aux entreprises en démarrage. La Fiducie du Chantier offre du capital patient, remboursable après quinze ans, pour financer la croissance sans mettre en danger le contrôle démocratique.
---
La co-construction des politiques
Les politiques ne sont pas seulement soumises à consultation : elles sont élaborées avec les acteurs. Les programmes de logement communautaire, de services de garde et d'insertion en sont des exemples.
---
Leçons pour d'autres pays
Investir dans la structuration des réseaux, créer des lieux de dialogue permanents, développer des outils financiers propres et mesurer l'impact social des entreprises collectives.""",
    },
    {
        "group": "montreal-2011-policy",
        "title": "Co-constructing public policies for the social economy: the Quebec experience",
        "description": "Background reading on how Quebec's social economy networks and government designed public policies together.",
        "kind": "reading", "language": "en", "edition": "2011-montreal", "session_day": 2,
        "topics": ["public-policies", "local-development"],
        "authors": "Jean-François Tremblay; Nadia Laroche",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Quebec is often cited as an example of co-construction of public policies for the social economy. The term refers to a process in which civil society actors do not merely react to government proposals but take part in defining problems, designing instruments and evaluating results.

The turning point came in 1996, when a summit on the economy and employment brought together the government, employers, trade unions, cooperative movements and community organisations. A working group on the social economy proposed concrete projects in childcare, home help, housing and work integration. Many of these were later financed by the State and implemented by cooperatives and non-profit organisations.

Three conditions explain the durability of this approach. First, the social economy is organised in representative networks able to speak with one voice. Second, there are permanent spaces for dialogue at local, regional and national levels. Third, social economy actors have built their own financial tools, which reduces their dependence on annual subsidies.

The model also has limits. Some networks fear being instrumentalised to deliver public services at low cost, and the quality of jobs in sectors such as home care remains a concern. Participants are invited to discuss which elements could inspire policies in their own countries, taking into account different institutional contexts.""",
    },
    {
        "group": "montreal-2011-policy",
        "title": "Co-construire les politiques publiques de l'économie sociale : l'expérience québécoise",
        "description": "Lecture de référence sur la manière dont les réseaux de l'économie sociale et le gouvernement du Québec ont conçu ensemble des politiques publiques.",
        "kind": "reading", "language": "fr", "edition": "2011-montreal", "session_day": 2,
        "topics": ["public-policies", "local-development"],
        "authors": "Jean-François Tremblay; Nadia Laroche",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Le Québec est souvent cité comme un exemple de co-construction des politiques publiques en faveur de l'économie sociale. Le terme désigne un processus dans lequel les acteurs de la société civile ne se contentent pas de réagir aux propositions du gouvernement, mais participent à la définition des problèmes, à la conception des instruments et à l'évaluation des résultats.

Le tournant date de 1996, lorsqu'un sommet sur l'économie et l'emploi a réuni le gouvernement, le patronat, les syndicats, les mouvements coopératifs et les organismes communautaires. Un groupe de travail sur l'économie sociale a proposé des projets concrets dans les services de garde, l'aide à domicile, le logement et l'insertion. Beaucoup ont ensuite été financés par l'État et mis en oeuvre par des coopératives et des organismes à but non lucratif.

Trois conditions expliquent la durabilité de cette approche. D'abord, l'économie sociale est organisée en réseaux représentatifs capables de parler d'une seule voix. Ensuite, il existe des espaces permanents de dialogue aux niveaux local, régional et national. Enfin, les acteurs de l'économie sociale ont créé leurs propres outils financiers, ce qui réduit leur dépendance aux subventions annuelles.

Le modèle a aussi ses limites. Certains réseaux craignent d'être instrumentalisés pour fournir des services publics à moindre coût, et la qualité des emplois dans des secteurs comme l'aide à domicile reste préoccupante. Les participants sont invités à discuter des éléments qui pourraient inspirer les politiques de leur propre pays, en tenant compte des différents contextes institutionnels.""",
    },
    # 2013 - Agadir -----------------------------------------------------------------------------
    {
        "group": None,
        "title": "Programme de l'Académie sur l'économie sociale et solidaire, Agadir 2013",
        "description": "Programme de la troisième Académie, accueillie à Agadir avec un accent sur l'économie informelle et les coopératives féminines.",
        "kind": "agenda", "language": "fr", "edition": "2013-agadir", "session_day": None,
        "topics": ["informal-economy", "womens-empowerment"],
        "authors": "Youssef El Amrani; Claire Duval",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Troisième Académie de l'OIT sur l'économie sociale et solidaire
Agadir, Maroc, 8-12 avril 2013

Lundi : cérémonie d'ouverture en présence du ministère chargé de l'économie sociale et des représentants des partenaires sociaux. Plénière sur l'économie sociale et solidaire comme voie vers le travail décent, suivie d'une séance sur les concepts et les acteurs de l'ESS en Afrique du Nord et au Moyen-Orient.

Mardi : plénière sur les politiques publiques, avec la présentation de la stratégie nationale marocaine de l'économie sociale et solidaire. Ateliers optionnels sur l'autonomisation économique des femmes et sur la microfinance solidaire.

Mercredi : présentation des réseaux régionaux du Souss-Massa, puis visite d'étude dans des coopératives féminines d'huile d'argan, une coopérative apicole et une association de développement local dans l'arrière-pays d'Agadir.

Jeudi : plénière sur la transition de l'économie informelle vers l'économie formelle, avec des témoignages de vendeurs ambulants et d'artisans organisés en coopératives. Atelier de planification par groupes régionaux.

Vendredi : plénière sur la coopération Sud-Sud et triangulaire entre l'Afrique, le monde arabe et l'Amérique latine. Présentation des plans d'action et clôture.

Langues de travail : français, arabe, anglais et espagnol.""",
    },
    {
        "group": "agadir-2013-summary",
        "title": "Synthèse de l'Académie d'Agadir : l'ESS face à l'économie informelle",
        "description": "Synthèse des débats de l'édition 2013 sur l'économie informelle, les coopératives féminines et la coopération Sud-Sud.",
        "kind": "summary", "language": "fr", "edition": "2013-agadir", "session_day": 5,
        "topics": ["informal-economy", "womens-empowerment", "south-south-cooperation"],
        "authors": "Claire Duval; Youssef El Amrani",
        "visibility": "public", "format": "docx", "url": "",
        "body": """L'Académie d'Agadir a réuni 80 participants de 35 pays, dont une forte proportion venant d'Afrique et du monde arabe. Les débats se sont concentrés sur un défi commun : dans de nombreux pays de la région, la majorité des travailleurs exercent dans l'économie informelle, sans protection sociale ni représentation.

Les participants ont montré que l'économie sociale et solidaire peut servir de passerelle vers la formalisation. En se regroupant en coopératives ou en associations, les petits producteurs et les vendeurs de rue accèdent plus facilement au crédit, aux marchés publics et aux régimes de sécurité sociale. La visite des coopératives féminines d'argan a illustré ce potentiel : les femmes y ont gagné un revenu régulier, une reconnaissance sociale et une place dans les décisions locales.

Les limites ont aussi été discutées. Certaines coopératives restent dépendantes d'intermédiaires commerciaux ou de subventions, et leur gouvernance démocratique est parfois fragile. La formation des dirigeants et l'accès à des marchés équitables apparaissent comme des priorités.

Enfin, l'Académie a renforcé les liens Sud-Sud. Des représentants brésiliens, sénégalais et tunisiens ont proposé des échanges d'expériences sur les politiques publiques et la finance solidaire, qui ont débouché sur plusieurs projets de coopération triangulaire avec l'appui de l'OIT.""",
    },
    {
        "group": "agadir-2013-summary",
        "title": "Agadir Academy summary: the SSE and the informal economy",
        "description": "Summary of the 2013 debates on the informal economy, women's cooperatives and South-South cooperation.",
        "kind": "summary", "language": "en", "edition": "2013-agadir", "session_day": 5,
        "topics": ["informal-economy", "womens-empowerment", "south-south-cooperation"],
        "authors": "Claire Duval; Youssef El Amrani",
        "visibility": "public", "format": "docx", "url": "",
        "body": """The Agadir Academy brought together 80 participants from 35 countries, with a strong representation from Africa and the Arab States. Discussions focused on a shared challenge: in many countries of the region, most workers earn their living in the informal economy, without social protection or representation.

Participants showed that the social and solidarity economy can serve as a bridge towards formalisation. By joining together in cooperatives or associations, small producers and street vendors gain easier access to credit, public procurement and social security schemes. The visit to the women's argan cooperatives illustrated this potential: members have obtained a regular income, social recognition and a voice in local decision-making.

Limitations were also discussed. Some cooperatives remain dependent on commercial intermediaries or on subsidies, and their democratic governance is sometimes fragile. Leadership training and access to fair markets emerged as priorities.

Finally, the Academy strengthened South-South links. Representatives from Brazil, Senegal and Tunisia offered to share their experience of public policies and solidarity finance, leading to several triangular cooperation projects supported by the ILO.""",
    },
    {
        "group": "agadir-2013-summary",
        "title": "Síntesis de la Academia de Agadir: la ESS frente a la economía informal",
        "description": "Síntesis de los debates de 2013 sobre la economía informal, las cooperativas de mujeres y la cooperación Sur-Sur.",
        "kind": "summary", "language": "es", "edition": "2013-agadir", "session_day": 5,
        "topics": ["informal-economy", "womens-empowerment", "south-south-cooperation"],
        "authors": "Claire Duval; Youssef El Amrani",
        "visibility": "public", "format": "docx", "url": "",
        "body": """La Academia de Agadir reunió a 80 participantes de 35 países, con una fuerte presencia de África y de los Estados árabes. Los debates se centraron en un desafío compartido: en muchos países de la región, la mayoría de las personas trabajadoras se ganan la vida en la economía informal, sin protección social ni representación.

Las personas participantes mostraron que la economía social y solidaria puede servir de puente hacia la formalización. Al agruparse en cooperativas o asociaciones, los pequeños productores y los vendedores ambulantes acceden con mayor facilidad al crédito, a las compras públicas y a los regímenes de seguridad social. La visita a las cooperativas de mujeres productoras de aceite de argán ilustró este potencial: las socias han obtenido un ingreso regular, reconocimiento social y voz en las decisiones locales.

También se debatieron los límites. Algunas cooperativas siguen dependiendo de intermediarios comerciales o de subvenciones, y su gestión democrática es a veces frágil. La formación de liderazgos y el acceso a mercados justos aparecieron como prioridades.

Por último, la Academia fortaleció los vínculos Sur-Sur. Representantes de Brasil, Senegal y Túnez ofrecieron compartir su experiencia en políticas públicas y finanzas solidarias, lo que dio lugar a varios proyectos de cooperación triangular con el apoyo de la OIT.""",
    },
    {
        "group": None,
        "title": "Coopératives d'argan et autonomisation économique des femmes dans le Souss-Massa",
        "description": "Diaporama sur l'organisation, les revenus et les défis des coopératives féminines d'huile d'argan.",
        "kind": "presentation", "language": "fr", "edition": "2013-agadir", "session_day": 2,
        "topics": ["womens-empowerment", "cooperatives"],
        "authors": "Fatima Zahra Benali",
        "visibility": "public", "format": "pptx", "url": "",
        "body": """Coopératives d'argan et autonomisation des femmes
Fatima Zahra Benali, Union des coopératives féminines de l'arganier. Académie de l'OIT, Agadir 2013.
---
L'arganier, une ressource unique
L'arganeraie couvre environ 800 000 hectares dans le sud-ouest du Maroc. L'extraction de l'huile est un savoir-faire transmis de mère en fille, longtemps réalisé dans le cadre domestique et sans rémunération.
---
La naissance des coopératives
Depuis les années 1990, des centaines de coopératives féminines ont été créées. Elles regroupent de 20 à 150 femmes chacune et commercialisent l'huile pour l'alimentation et la cosmétique.
---
Ce qui a changé pour les femmes
Un revenu monétaire régulier, des cours d'alphabétisation, l'accès à la couverture médicale et une participation accrue à la vie locale. De nombreuses membres siègent aujourd'hui dans des conseils communaux.
---
Les défis
Dépendance envers quelques acheteurs industriels, fluctuation des prix, concurrence de sociétés privées qui utilisent l'image des coopératives, et gouvernance parfois dominée par quelques familles.
---
Pistes d'action
Renforcer les unions de coopératives, valoriser l'indication géographique protégée, accéder au commerce équitable et former les membres à la gestion et au leadership.""",
    },
    {
        "group": None,
        "title": "From informality to formality: SSE pathways in North Africa",
        "description": "Background report on how cooperatives and associations support the transition of informal workers to the formal economy in Morocco, Tunisia and Egypt.",
        "kind": "report", "language": "en", "edition": "2013-agadir", "session_day": 4,
        "topics": ["informal-economy", "decent-work", "public-policies"],
        "authors": "Karim Haddad; Laura Jensen",
        "visibility": "members", "format": "pdf", "url": "",
        "body": """Informal employment accounts for a large majority of jobs in North Africa outside agriculture, and an even higher share among young people and women. Informal workers typically lack written contracts, social security coverage and the means to defend their interests collectively. This report examines how social and solidarity economy organisations can help them move towards formality and decent work.

Three pathways are identified. The first is collective organisation: when street vendors, artisans or domestic workers form associations or cooperatives, they gain a legal identity, bargaining power with local authorities and a channel to negotiate access to markets and public spaces. The second is access to services: cooperatives and mutual societies can offer savings, credit, training and health insurance adapted to irregular incomes. The third is simplified registration: several governments have introduced light legal forms and tax regimes that make it easier for small groups to register.

The report also warns against a narrow view of formalisation. Registering an enterprise is not enough if working conditions remain poor. Formalisation should improve incomes, safety at work and social protection, in line with the Decent Work Agenda.

The report recommends that governments, workers' and employers' organisations and SSE networks design formalisation strategies together, and that donors support the long-term strengthening of cooperative unions rather than short projects.""",
    },
    {
        "group": None,
        "title": "Enregistrement : plénière sur l'économie informelle, Agadir 2013",
        "description": "Vidéo de la séance plénière du jeudi consacrée au passage de l'économie informelle à l'économie formelle.",
        "kind": "recording", "language": "fr", "edition": "2013-agadir", "session_day": 4,
        "topics": ["informal-economy"],
        "authors": "Kwame Mensah; Rosa Elvira Castillo",
        "visibility": "public", "format": "link",
        "url": "https://example.org/recordings/2013-agadir-pleniere-economie-informelle",
        "body": "Enregistrement vidéo intégral de la plénière du jeudi, avec les témoignages de vendeurs ambulants et d'artisans organisés en coopératives. Durée : 1 h 30.",
    },
    {
        "group": None,
        "title": "Reportage photo : visite des coopératives d'argan de l'arrière-pays d'Agadir",
        "description": "Album commenté des photos prises lors de la visite d'étude du mercredi dans trois coopératives féminines.",
        "kind": "photo", "language": "fr", "edition": "2013-agadir", "session_day": 3,
        "topics": ["womens-empowerment", "cooperatives", "local-development"],
        "authors": "Claire Duval; Hicham Ouali",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Ce reportage rassemble une sélection de photographies prises lors de la visite d'étude du 10 avril 2013. Les participants, répartis en trois groupes, se sont rendus dans des coopératives féminines situées à une quarantaine de kilomètres d'Agadir.

Photo 1 : Accueil des participants par la présidente de la coopérative Tifawin, devant l'atelier de concassage. Elle raconte l'histoire de la coopérative, fondée en 2002 par 22 femmes du village.

Photo 2 : Démonstration du concassage traditionnel des noix d'argan. Les participants découvrent les différentes étapes, du séchage des fruits à la torréfaction des amandes.

Photo 3 : Le laboratoire de contrôle de qualité, financé grâce à un partenariat avec une agence de développement. La coopérative peut désormais exporter vers l'Europe sous un label de commerce équitable.

Photo 4 : Échange entre une participante brésilienne, membre d'une coopérative de collecteurs de déchets, et des membres de la coopérative sur la répartition des revenus et le rôle de l'assemblée générale.

Photo 5 : Cours d'alphabétisation organisé dans la salle commune. Plus de la moitié des membres ont appris à lire et à écrire grâce à la coopérative.

Photo 6 : Photo de groupe devant l'arganeraie à la fin de la visite.

Les photos ont été prises avec l'accord des personnes représentées. Leur réutilisation est autorisée pour des activités de formation, avec mention de la source.""",
    },
    # 2014 - Campinas ---------------------------------------------------------------------------
    {
        "group": None,
        "title": "Programação da Academia sobre Economia Social e Solidária, Campinas 2014",
        "description": "Programação completa da quarta Academia, organizada em Campinas com universidades e redes brasileiras de economia solidária.",
        "kind": "agenda", "language": "pt", "edition": "2014-campinas", "session_day": None,
        "topics": ["public-policies", "cooperatives"],
        "authors": "Ana Beatriz Souza; Ricardo Nogueira",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Quarta Academia da OIT sobre Economia Social e Solidária
Campinas, São Paulo, campus da FACAMP, 28 de julho a 1 de agosto de 2014

Segunda-feira: sessão plenária de abertura sobre a economia social e solidária como caminho para o trabalho decente e para um desenvolvimento inclusivo e sustentável. Apresentação dos participantes, vindos de 40 países, e sessão eletiva sobre conceitos e atores da economia solidária na América Latina.

Terça-feira: plenária sobre políticas públicas, com a experiência da Secretaria Nacional de Economia Solidária e dos conselhos estaduais e municipais. Sessões eletivas sobre o empoderamento econômico das mulheres e sobre finanças solidárias e bancos comunitários.

Quarta-feira: apresentação da rede de economia solidária da região de Campinas, seguida de visitas de estudo a uma cooperativa de catadores de materiais recicláveis, a uma incubadora universitária de cooperativas populares e a uma feira de agricultura familiar.

Quinta-feira: plenária sobre a economia informal e o trabalho decente. Sessão eletiva sobre transição ecológica e cooperativas de reciclagem. Oficina de planejamento por grupos regionais.

Sexta-feira: plenária sobre cooperação Sul-Sul e triangular, apresentação dos planos de ação, avaliação e encerramento.

Línguas de trabalho: português, espanhol, inglês e francês.""",
    },
    {
        "group": "campinas-2014-summary",
        "title": "Síntese da Academia de Campinas: a economia solidária brasileira em diálogo com o mundo",
        "description": "Principais conclusões da edição de 2014 sobre políticas públicas, incubadoras e cooperação Sul-Sul.",
        "kind": "summary", "language": "pt", "edition": "2014-campinas", "session_day": 5,
        "topics": ["public-policies", "cooperatives", "south-south-cooperation"],
        "authors": "Ricardo Nogueira; Ana Beatriz Souza",
        "visibility": "public", "format": "docx", "url": "",
        "body": """A Academia de Campinas reuniu 90 participantes de 40 países e foi a primeira realizada na América do Sul. O Brasil ofereceu um laboratório privilegiado: desde 2003, a economia solidária conta com uma secretaria nacional, um conselho nacional com participação da sociedade civil e programas de apoio em centenas de municípios.

Os participantes conheceram de perto esta política pública. Nas visitas de estudo, encontraram catadores de materiais recicláveis organizados em cooperativas, que passaram de uma situação de extrema precariedade para um trabalho reconhecido pelos municípios, com renda mais estável e acesso à previdência social. Visitaram também uma incubadora tecnológica de cooperativas populares, que mostra como as universidades podem apoiar grupos de trabalhadores na criação de empreendimentos autogeridos.

Os debates destacaram três lições. Primeiro, a economia social e solidária precisa de reconhecimento legal e de orçamento próprio para não depender da vontade de um governo. Segundo, as finanças solidárias, como os bancos comunitários e os fundos rotativos, são essenciais para os empreendimentos que não têm acesso ao crédito bancário. Terceiro, a participação das redes na elaboração das políticas garante que elas respondam às necessidades reais.

A Academia terminou com vários compromissos de cooperação Sul-Sul, em particular entre o Brasil e os países africanos de língua portuguesa.""",
    },
    {
        "group": "campinas-2014-summary",
        "title": "Campinas Academy summary: Brazil's solidarity economy in dialogue with the world",
        "description": "Main conclusions of the 2014 edition on public policies, incubators and South-South cooperation.",
        "kind": "summary", "language": "en", "edition": "2014-campinas", "session_day": 5,
        "topics": ["public-policies", "cooperatives", "south-south-cooperation"],
        "authors": "Ricardo Nogueira; Ana Beatriz Souza",
        "visibility": "public", "format": "docx", "url": "",
        "body": """The Campinas Academy brought together 90 participants from 40 countries and was the first edition held in South America. Brazil offered a privileged laboratory: since 2003, the solidarity economy has had a national secretariat, a national council with civil society participation and support programmes in hundreds of municipalities.

Participants learned about this public policy first-hand. During the study visits, they met waste pickers organised in cooperatives, who have moved from extreme precariousness to work recognised by municipalities, with a more stable income and access to social security. They also visited a technological incubator of popular cooperatives, which shows how universities can help groups of workers create self-managed enterprises.

The debates highlighted three lessons. First, the social and solidarity economy needs legal recognition and its own budget so that it does not depend on the goodwill of a single government. Second, solidarity finance, such as community banks and revolving funds, is essential for enterprises that have no access to bank credit. Third, the participation of networks in the design of policies ensures that they respond to real needs.

The Academy ended with several South-South cooperation commitments, in particular between Brazil and Portuguese-speaking African countries.""",
    },
    {
        "group": "campinas-2014-summary",
        "title": "Síntesis de la Academia de Campinas: la economía solidaria brasileña en diálogo con el mundo",
        "description": "Principales conclusiones de la edición de 2014 sobre políticas públicas, incubadoras y cooperación Sur-Sur.",
        "kind": "summary", "language": "es", "edition": "2014-campinas", "session_day": 5,
        "topics": ["public-policies", "cooperatives", "south-south-cooperation"],
        "authors": "Ricardo Nogueira; Ana Beatriz Souza",
        "visibility": "public", "format": "docx", "url": "",
        "body": """La Academia de Campinas reunió a 90 participantes de 40 países y fue la primera celebrada en América del Sur. Brasil ofreció un laboratorio privilegiado: desde 2003, la economía solidaria cuenta con una secretaría nacional, un consejo nacional con participación de la sociedad civil y programas de apoyo en cientos de municipios.

Las personas participantes conocieron de cerca esta política pública. En las visitas de estudio se reunieron con recicladores organizados en cooperativas, que han pasado de una situación de extrema precariedad a un trabajo reconocido por los municipios, con ingresos más estables y acceso a la seguridad social. También visitaron una incubadora tecnológica de cooperativas populares, que muestra cómo las universidades pueden apoyar a grupos de trabajadores en la creación de emprendimientos autogestionados.

Los debates destacaron tres lecciones. En primer lugar, la economía social y solidaria necesita reconocimiento legal y presupuesto propio para no depender de la voluntad de un gobierno. En segundo lugar, las finanzas solidarias, como los bancos comunitarios y los fondos rotatorios, son esenciales para los emprendimientos sin acceso al crédito bancario. En tercer lugar, la participación de las redes en la elaboración de las políticas garantiza que respondan a necesidades reales.

La Academia concluyó con varios compromisos de cooperación Sur-Sur, en particular entre Brasil y los países africanos de lengua portuguesa.""",
    },
    {
        "group": None,
        "title": "Economia solidária no Brasil: dez anos de políticas públicas",
        "description": "Apresentação sobre a trajetória da Secretaria Nacional de Economia Solidária e dos programas federais de apoio.",
        "kind": "presentation", "language": "pt", "edition": "2014-campinas", "session_day": 2,
        "topics": ["public-policies", "cooperatives"],
        "authors": "Paulo Sérgio Andrade",
        "visibility": "public", "format": "pptx", "url": "",
        "body": """Economia solidária no Brasil: dez anos de políticas públicas
Paulo Sérgio Andrade. Academia da OIT, Campinas 2014.
---
De onde viemos
Nos anos 1980 e 1990, diante do desemprego, trabalhadores recuperaram fábricas falidas, criaram cooperativas de produção e associações comunitárias. Universidades, sindicatos e igrejas apoiaram esse movimento.
---
A criação da SENAES
Em 2003, o governo federal criou a Secretaria Nacional de Economia Solidária no Ministério do Trabalho. No mesmo ano surgiu o Fórum Brasileiro de Economia Solidária, interlocutor da sociedade civil.
---
Principais programas
Mapeamento nacional dos empreendimentos solidários, apoio às incubadoras universitárias, fundos rotativos, bancos comunitários, formação de agentes e apoio à comercialização em feiras e redes de comércio justo.
---
Resultados
Cerca de 20 mil empreendimentos identificados, reunindo aproximadamente 1,4 milhão de pessoas. Leis de economia solidária aprovadas em vários estados e municípios.
---
Desafios
Falta de um marco legal nacional, orçamento reduzido, dificuldade de acesso ao crédito e às compras públicas. É preciso consolidar a economia solidária como política de Estado e não apenas de governo.""",
    },
    {
        "group": None,
        "title": "Incubadoras tecnológicas de cooperativas populares: a universidade a serviço da economia solidária",
        "description": "Texto de apoio sobre o funcionamento das incubadoras universitárias que acompanham grupos na criação de cooperativas.",
        "kind": "reading", "language": "pt", "edition": "2014-campinas", "session_day": 3,
        "topics": ["cooperatives", "local-development", "youth-employment"],
        "authors": "Mariana Lopes; Ricardo Nogueira",
        "visibility": "members", "format": "txt", "url": "",
        "body": """As incubadoras tecnológicas de cooperativas populares surgiram no Brasil em meados dos anos 1990, inicialmente na Universidade Federal do Rio de Janeiro, e se espalharam por dezenas de universidades públicas. Seu objetivo é apoiar grupos de trabalhadores, muitas vezes em situação de desemprego ou de trabalho informal, na criação e consolidação de empreendimentos coletivos e autogeridos.

O processo de incubação dura em média dois a três anos. Professores, técnicos e estudantes acompanham os grupos na definição do negócio, na elaboração do estatuto, na organização da produção, na gestão financeira e na comercialização. A formação em autogestão é central: os membros aprendem a tomar decisões coletivamente, a dividir responsabilidades e a resolver conflitos.

Para a universidade, a incubação é também uma forma de extensão e de pesquisa. Muitos estudantes encontram nas incubadoras um primeiro contato com a economia solidária e, em alguns casos, uma oportunidade de trabalho após a formatura, o que contribui para o emprego dos jovens.

Os resultados são variados. Algumas cooperativas incubadas, sobretudo nos setores de reciclagem, alimentação e confecção, tornaram-se referências regionais. Outras não resistiram à concorrência ou a conflitos internos. A experiência mostra que a sustentabilidade depende do acesso a mercados, de crédito adequado e de redes de apoio duradouras.

A visita de estudo a uma incubadora universitária da região permitirá conhecer esse trabalho na prática.""",
    },
    {
        "group": None,
        "title": "Gravação: visita à cooperativa de catadores de materiais recicláveis",
        "description": "Vídeo da visita de estudo a uma cooperativa de catadores em Campinas.",
        "kind": "recording", "language": "pt", "edition": "2014-campinas", "session_day": 3,
        "topics": ["cooperatives", "green-transition"],
        "authors": "Ana Beatriz Souza",
        "visibility": "public", "format": "link",
        "url": "https://example.org/recordings/2014-campinas-visita-cooperativa-catadores",
        "body": "Vídeo de 25 minutos com entrevistas a membros da cooperativa sobre a coleta seletiva, a renda e a parceria com o município.",
    },
    {
        "group": None,
        "title": "Finanzas solidarias en América Latina: bancos comunitarios, fondos rotatorios y cooperativas de ahorro y crédito",
        "description": "Informe comparativo sobre instrumentos de financiación de la economía social y solidaria en Brasil, Ecuador y Argentina.",
        "kind": "report", "language": "es", "edition": "2014-campinas", "session_day": 2,
        "topics": ["financing", "cooperatives"],
        "authors": "Diego Ferreyra; Lucía Montoya",
        "visibility": "members", "format": "pdf", "url": "",
        "body": """Las organizaciones de la economía social y solidaria en América Latina enfrentan dificultades persistentes para acceder al crédito bancario. Sus socios suelen carecer de garantías, sus ingresos son irregulares y los bancos comerciales consideran que los pequeños préstamos no son rentables. Frente a esta situación han surgido diversos instrumentos de finanzas solidarias.

Los bancos comunitarios de desarrollo, inspirados en el Banco Palmas de Fortaleza, combinan microcrédito, moneda social y servicios financieros de proximidad gestionados por la propia comunidad. En Brasil existen más de cien bancos de este tipo, muchos de ellos apoyados por programas públicos.

Los fondos rotatorios solidarios permiten a grupos de productores, en particular en zonas rurales, acceder a recursos que se devuelven en dinero o en especie para financiar a otras familias. Su fuerza reside en el control social y la confianza entre las personas participantes.

Las cooperativas de ahorro y crédito, muy desarrolladas en Ecuador gracias al marco de la Ley Orgánica de Economía Popular y Solidaria, movilizan el ahorro local y lo reinvierten en el territorio. Su crecimiento plantea, sin embargo, retos de supervisión y de fidelidad a los principios cooperativos. En Argentina, las mutuales y las cooperativas de crédito cumplen una función similar en ciudades medianas.

El informe recomienda reconocer estos instrumentos en la regulación financiera, establecer fondos públicos de garantía y fortalecer las redes que los agrupan.""",
    },
    # 2015 - Johannesburg -----------------------------------------------------------------------
    {
        "group": None,
        "title": "Programme of the ILO Academy on Social and Solidarity Economy, Johannesburg 2015",
        "description": "Programme of the fifth Academy, the first held in sub-Saharan Africa, on social innovation in the world of work.",
        "kind": "agenda", "language": "en", "edition": "2015-johannesburg", "session_day": None,
        "topics": ["decent-work", "local-development"],
        "authors": "Thandiwe Nkosi; Luca Moretti",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Fifth ILO Academy on Social and Solidarity Economy
Social innovation in the world of work
Johannesburg, South Africa, 27-31 July 2015

Monday: Opening plenary on the social and solidarity economy as a pathway to decent work, with a welcome address by national and provincial authorities. Elective session on SSE concepts and actors in Africa, from burial societies to agricultural cooperatives.

Tuesday: Plenary on public policies, including the national strategy for the development and promotion of cooperatives. Electives on women's economic empowerment and on social finance, with a focus on savings groups and stokvels.

Wednesday: Presentation of the Gauteng SSE ecosystem, followed by study visits to a community food garden cooperative in Soweto, a recycling cooperative and a township-based social enterprise providing early childhood education.

Thursday: Plenary on the informal economy and decent work, with organisations of informal traders and domestic workers. Elective session on green jobs and the just transition in the energy sector. Afternoon action planning workshop.

Friday: Plenary on South-South and triangular cooperation within Africa and with Latin America. Presentation of action plans, evaluation and closing ceremony.

Working languages: English, French and Portuguese.""",
    },
    {
        "group": None,
        "title": "Johannesburg Academy summary: solidarity economies in Africa",
        "description": "Summary of the 2015 Academy, highlighting African traditions of mutual aid and the challenges of cooperative development.",
        "kind": "summary", "language": "en", "edition": "2015-johannesburg", "session_day": 5,
        "topics": ["decent-work", "informal-economy", "cooperatives"],
        "authors": "Thandiwe Nkosi; Samuel Okoro",
        "visibility": "public", "format": "docx", "url": "",
        "body": """The Johannesburg Academy was the first to be held in sub-Saharan Africa. It gathered 85 participants from 30 countries, most of them from the continent, and opened with a reminder that solidarity economies in Africa are much older than the concept itself. Rotating savings groups, burial societies and community labour arrangements have long provided mutual support where markets and the State were absent.

Discussions focused on how to build on these traditions to create decent work. In South Africa, thousands of cooperatives were registered in the previous decade, but many remained inactive because they had been created to obtain grants rather than from a genuine common project. Participants agreed that cooperative development must start from members' needs, be accompanied by training and mentoring, and avoid top-down targets.

The study visits in Soweto showed more encouraging examples: a food garden cooperative supplying local schools, and a recycling cooperative that negotiated a service contract with the municipality. Informal traders' organisations explained how collective organisation had helped them resist evictions and negotiate trading spaces.

The Academy recommended stronger links between SSE organisations and trade unions, better data on the sector, and more South-South exchanges, notably with Brazil and West Africa, on public procurement and solidarity finance.""",
    },
    {
        "group": None,
        "title": "Stokvels, savings groups and social finance in Southern Africa",
        "description": "Slides on how community savings groups mobilise resources and how they can connect with cooperative financial institutions.",
        "kind": "presentation", "language": "en", "edition": "2015-johannesburg", "session_day": 2,
        "topics": ["financing", "womens-empowerment"],
        "authors": "Lerato Mokoena",
        "visibility": "members", "format": "pptx", "url": "",
        "body": """Stokvels, savings groups and social finance
Lerato Mokoena, National Stokvel Association. ILO Academy, Johannesburg 2015.
---
What is a stokvel?
A stokvel is a group of people who contribute a fixed amount of money at regular intervals. The pooled money is given to one member in rotation or invested for a common purpose such as groceries, funerals or property.
---
Scale and reach
Hundreds of thousands of stokvels operate in South Africa, involving millions of members, the large majority of them women. Together they mobilise billions of rand every year, almost entirely outside the banking system.
---
Strengths
Trust between members, flexibility, low transaction costs and social support. Stokvels are also spaces where women gain financial skills and confidence.
---
Limits
Risks of fraud and loss, limited returns, no access to larger loans and little recognition from financial regulators.
---
Building bridges
Some banks now offer accounts designed for stokvels. Savings and credit cooperatives and financial service cooperatives can help groups move from saving to investing in productive activities while keeping member control.
---
Questions for discussion
How can public policies support savings groups without undermining their autonomy? What role can cooperative banks play?""",
    },
    {
        "group": None,
        "title": "Recording: plenary on the informal economy and decent work, Johannesburg 2015",
        "description": "Video of the Thursday plenary with organisations of informal traders and domestic workers.",
        "kind": "recording", "language": "en", "edition": "2015-johannesburg", "session_day": 4,
        "topics": ["informal-economy", "decent-work"],
        "authors": "Kwame Mensah; Zanele Khumalo",
        "visibility": "public", "format": "link",
        "url": "https://example.org/recordings/2015-johannesburg-informal-economy-plenary",
        "body": "Full recording of the plenary, including testimonies from informal traders' associations in Johannesburg and Durban. Duration: 1 hour 40 minutes.",
    },
    {
        "group": None,
        "title": "Mutuelles de santé et protection sociale en Afrique de l'Ouest",
        "description": "Texte de référence sur le rôle des mutuelles de santé dans l'extension de la protection sociale aux travailleurs de l'économie informelle.",
        "kind": "reading", "language": "fr", "edition": "2015-johannesburg", "session_day": 2,
        "topics": ["decent-work", "public-policies", "informal-economy"],
        "authors": "Aïcha Traoré; Bernard Kaboré",
        "visibility": "members", "format": "pdf", "url": "",
        "body": """En Afrique de l'Ouest, une grande partie de la population n'a accès à aucun régime de protection sociale. Les travailleurs de l'économie informelle, les agriculteurs et leurs familles doivent payer directement leurs soins, ce qui les expose à un endettement important en cas de maladie. Les mutuelles de santé, organisations de l'économie sociale et solidaire fondées sur l'entraide, se sont développées depuis les années 1990 pour répondre à ce besoin.

Une mutuelle de santé est une association à but non lucratif dont les membres versent une cotisation régulière et bénéficient en retour de la prise en charge d'une partie de leurs dépenses de santé. Elle est gérée démocratiquement par une assemblée générale et un conseil d'administration élus. Au Sénégal, au Mali ou au Bénin, des centaines de mutuelles couvrent aujourd'hui des centaines de milliers de personnes.

Leur portée reste cependant limitée. Les cotisations sont faibles, les risques mal répartis et la gestion repose souvent sur des bénévoles. C'est pourquoi plusieurs États ont choisi d'intégrer les mutuelles dans des stratégies nationales de couverture maladie universelle, en subventionnant les cotisations des plus pauvres et en organisant les mutuelles en unions départementales.

Cette articulation entre l'État et les organisations de l'ESS illustre un enjeu central pour l'Académie : comment étendre la protection sociale sans perdre la proximité et la participation qui font la force des mutuelles ?""",
    },
    # 2015 - Puebla -----------------------------------------------------------------------------
    {
        "group": None,
        "title": "Programa de la Academia sobre Economía Social y Solidaria, Puebla 2015",
        "description": "Programa de la sexta Academia, organizada en Puebla con instituciones mexicanas de fomento a la economía social.",
        "kind": "agenda", "language": "es", "edition": "2015-puebla", "session_day": None,
        "topics": ["public-policies", "informal-economy"],
        "authors": "Gabriela Ortiz; Luis Fernando Ramírez",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Sexta Academia de la OIT sobre Economía Social y Solidaria
Puebla, México, 23-27 de noviembre de 2015

Lunes: plenaria de apertura sobre la economía social y solidaria como camino hacia el trabajo decente, con la participación del Instituto Nacional de la Economía Social. Sesión electiva sobre conceptos y actores de la ESS en México y Centroamérica.

Martes: plenaria sobre políticas públicas y marcos jurídicos, con un análisis de la Ley de Economía Social y Solidaria aprobada en 2012. Sesiones electivas sobre el empoderamiento económico de las mujeres y sobre las finanzas populares y las cajas de ahorro.

Miércoles: presentación del ecosistema de la ESS en Puebla, seguida de visitas de estudio a una cooperativa indígena de la Sierra Norte que produce café y pimienta, a una caja popular y a una empresa social de vivienda.

Jueves: plenaria sobre la transición de la economía informal a la economía formal, a la luz de la nueva Recomendación núm. 204 de la OIT. Sesión electiva sobre la transición verde. Taller de planificación por grupos regionales.

Viernes: plenaria sobre cooperación Sur-Sur y triangular, presentación de los planes de acción, evaluación y clausura.

Idiomas de trabajo: español, inglés y francés.""",
    },
    {
        "group": None,
        "title": "Síntesis de la Academia de Puebla: de la ley a la práctica",
        "description": "Conclusiones principales de la edición de 2015 sobre el marco legal mexicano, la economía informal y el trabajo decente.",
        "kind": "summary", "language": "es", "edition": "2015-puebla", "session_day": 5,
        "topics": ["public-policies", "informal-economy", "decent-work"],
        "authors": "Luis Fernando Ramírez; Gabriela Ortiz",
        "visibility": "public", "format": "docx", "url": "",
        "body": """La Academia de Puebla reunió a 75 participantes de 28 países, con una fuerte presencia de México, Centroamérica y el Caribe. El tema central fue la distancia entre el reconocimiento legal de la economía social y solidaria y su aplicación práctica.

México aprobó en 2012 una Ley de Economía Social y Solidaria que creó el Instituto Nacional de la Economía Social y reconoció a ejidos, comunidades, cooperativas y sociedades de ahorro como parte del sector. Las personas participantes valoraron este avance, pero señalaron que el presupuesto sigue siendo limitado y que muchas organizaciones desconocen los programas disponibles.

La visita a la cooperativa indígena de la Sierra Norte causó una fuerte impresión. Con más de treinta años de historia, la cooperativa ofrece a miles de familias servicios de ahorro, comercialización de café, vivienda ecológica y turismo comunitario. Demostró que la ESS puede generar trabajo decente en zonas rurales y fortalecer la identidad cultural.

Los debates sobre la economía informal recordaron que más de la mitad de la población ocupada en México trabaja en la informalidad. Las cooperativas y las cajas populares pueden facilitar la transición a la formalidad, siempre que los trámites sean sencillos y que la formalización traiga beneficios concretos, como el acceso a la seguridad social.

La Academia concluyó con un llamado a reforzar la coordinación entre los tres niveles de gobierno y las redes de la ESS.""",
    },
    {
        "group": "puebla-2015-law",
        "title": "La Ley de Economía Social y Solidaria de México: alcances y desafíos",
        "description": "Análisis del marco legal mexicano de la economía social y solidaria, sus instituciones y sus límites.",
        "kind": "reading", "language": "es", "edition": "2015-puebla", "session_day": 2,
        "topics": ["public-policies", "cooperatives"],
        "authors": "Gabriela Ortiz; Héctor Villaseñor",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """La Ley de Economía Social y Solidaria, publicada en México en 2012, reglamenta el párrafo del artículo 25 de la Constitución que reconoce al sector social de la economía junto a los sectores público y privado. Su objetivo es establecer mecanismos para fomentar el desarrollo, la consolidación y la expansión de este sector.

La ley define a los organismos del sector: ejidos, comunidades, organizaciones de trabajadores, sociedades cooperativas, empresas que pertenecen mayoritaria o exclusivamente a los trabajadores y, en general, todas las formas de organización social para la producción, distribución y consumo de bienes y servicios. Establece también principios como la autonomía, la democracia participativa y la distribución equitativa de excedentes.

En el plano institucional, la ley creó el Instituto Nacional de la Economía Social, encargado de ejecutar programas de apoyo, y un Consejo Consultivo con participación de las organizaciones. Prevé además la elaboración de un programa de fomento y de un observatorio del sector.

Sin embargo, su aplicación enfrenta varios desafíos. El presupuesto del Instituto depende de decisiones anuales y se ha orientado sobre todo a proyectos productivos individuales. La coordinación con la legislación cooperativa y con las normas fiscales sigue siendo débil. Las organizaciones piden más participación en la definición de las políticas y una mejor articulación con los gobiernos estatales y municipales.

Esta lectura servirá de base para el debate sobre marcos jurídicos.""",
    },
    {
        "group": "puebla-2015-law",
        "title": "Mexico's Social and Solidarity Economy Law: scope and challenges",
        "description": "Analysis of the Mexican legal framework for the social and solidarity economy, its institutions and its limits.",
        "kind": "reading", "language": "en", "edition": "2015-puebla", "session_day": 2,
        "topics": ["public-policies", "cooperatives"],
        "authors": "Gabriela Ortiz; Héctor Villaseñor",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """The Social and Solidarity Economy Law, published in Mexico in 2012, regulates the paragraph of Article 25 of the Constitution that recognises the social sector of the economy alongside the public and private sectors. Its aim is to establish mechanisms to promote the development, consolidation and expansion of this sector.

The law defines the organisations of the sector: communal landholdings and indigenous communities, workers' organisations, cooperative societies, enterprises owned mainly or exclusively by their workers and, more generally, all forms of social organisation for the production, distribution and consumption of goods and services. It also sets out principles such as autonomy, participatory democracy and the fair distribution of surpluses.

At the institutional level, the law created the National Institute of the Social Economy, responsible for implementing support programmes, and an advisory council with the participation of SSE organisations. It also provides for a promotion programme and an observatory of the sector.

However, implementation faces several challenges. The Institute's budget depends on annual decisions and has mainly been directed to individual productive projects. Coordination with cooperative legislation and tax rules remains weak. Organisations are calling for greater participation in policy design and better coordination with state and municipal governments.

This reading will serve as a basis for the debate on legal frameworks.""",
    },
    {
        "group": None,
        "title": "De la informalidad a la cooperativa: experiencias de vendedores y artesanas en México",
        "description": "Presentación sobre cómo trabajadores de la economía informal se organizan en cooperativas para mejorar sus condiciones de trabajo.",
        "kind": "presentation", "language": "es", "edition": "2015-puebla", "session_day": 4,
        "topics": ["informal-economy", "cooperatives", "decent-work"],
        "authors": "Rosa Elvira Castillo",
        "visibility": "public", "format": "pptx", "url": "",
        "body": """De la informalidad a la cooperativa
Rosa Elvira Castillo. Academia de la OIT, Puebla 2015.
---
El punto de partida
En México, más de la mitad de las personas ocupadas trabajan en la informalidad: vendedores ambulantes, trabajadoras del hogar, artesanos, pequeños productores agrícolas. No tienen contrato, seguridad social ni representación.
---
Organizarse para existir
Cuando los vendedores de un mercado o los artesanos de una comunidad se organizan en cooperativa, obtienen una identidad jurídica, pueden negociar con el municipio y acceder a compras públicas y a financiamiento.
---
Caso 1: artesanas textiles de la Sierra Norte
Un grupo de 60 mujeres indígenas creó una cooperativa para vender directamente sus bordados, sin intermediarios. Sus ingresos aumentaron y hoy cotizan a un esquema de seguridad social.
---
Caso 2: vendedores del centro histórico
Una asociación de vendedores negoció con el ayuntamiento espacios fijos, horarios y un fondo de ahorro común para emergencias.
---
Condiciones para el éxito
Trámites sencillos, acompañamiento técnico, acceso a mercados y beneficios concretos de la formalización, en particular la protección social.
---
Para debatir
¿Cómo evitar que la cooperativa sea solo una fachada para la subcontratación? ¿Qué papel deben tener los municipios?""",
    },
    # 2016 - San José ---------------------------------------------------------------------------
    {
        "group": None,
        "title": "Programa de la Academia sobre Economía Social y Solidaria, San José 2016",
        "description": "Programa de la séptima Academia, celebrada en la Universidad de Costa Rica sobre la ESS como fuente de empleo y desarrollo local.",
        "kind": "agenda", "language": "es", "edition": "2016-san-jose", "session_day": None,
        "topics": ["youth-employment", "cooperatives", "local-development"],
        "authors": "Mariela Araya; Andrés Solís",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Séptima Academia de la OIT sobre Economía Social y Solidaria
La economía social y solidaria: fuente de empleo y promoción del desarrollo local
San José, Costa Rica, campus de la Universidad de Costa Rica, 2016

Lunes: plenaria de apertura sobre la economía social y solidaria como camino hacia el trabajo decente, con el Ministerio de Trabajo y Seguridad Social. Presentación de la Agenda 2030 para el Desarrollo Sostenible. Sesión electiva sobre conceptos y actores de la ESS en Centroamérica.

Martes: plenaria sobre políticas públicas y fomento cooperativo en Costa Rica. Sesiones electivas sobre empoderamiento económico de las mujeres y sobre finanzas cooperativas, con la participación del Banco Popular.

Miércoles: presentación del movimiento cooperativo costarricense, seguida de visitas de estudio a una cooperativa cafetalera con certificación de comercio justo, a una cooperativa de electrificación rural y a una cooperativa de servicios de salud.

Jueves: plenaria sobre economía informal y trabajo decente. Sesión electiva sobre empleo juvenil y emprendimiento cooperativo de jóvenes. Taller de planificación por grupos regionales.

Viernes: plenaria sobre cooperación Sur-Sur y triangular en América Latina y el Caribe. Presentación de los planes de acción y clausura.

Idiomas de trabajo: español e inglés.""",
    },
    {
        "group": None,
        "title": "Síntesis de la Academia de San José: cooperativas, jóvenes y desarrollo sostenible",
        "description": "Conclusiones de la edición de 2016 sobre el modelo cooperativo costarricense y el empleo de las personas jóvenes.",
        "kind": "summary", "language": "es", "edition": "2016-san-jose", "session_day": 5,
        "topics": ["cooperatives", "youth-employment", "local-development"],
        "authors": "Andrés Solís; Mariela Araya",
        "visibility": "public", "format": "docx", "url": "",
        "body": """La Academia de San José reunió a 70 participantes de 25 países y coincidió con el primer año de la Agenda 2030. Las personas participantes debatieron cómo la economía social y solidaria puede contribuir a los Objetivos de Desarrollo Sostenible, en particular al objetivo 8 sobre trabajo decente y crecimiento económico.

Costa Rica ofreció el ejemplo de un país donde el cooperativismo forma parte de la vida cotidiana: una parte importante de la población es socia de alguna cooperativa. Las visitas mostraron la diversidad del sector, desde las cooperativas cafetaleras que garantizan precios justos a pequeños productores hasta las cooperativas de electrificación rural que llevaron la electricidad a zonas alejadas y hoy invierten en energías renovables.

El empleo juvenil fue un tema destacado. En Centroamérica, muchos jóvenes no estudian ni trabajan, y una parte importante emigra. Varias experiencias de cooperativas escolares y de cooperativas de jóvenes en los sectores de servicios digitales y turismo mostraron que el modelo cooperativo puede ofrecer una primera experiencia laboral y formar en valores de participación.

Las conclusiones subrayaron la necesidad de incluir la ESS en las estrategias nacionales de empleo, de adaptar la legislación cooperativa a las iniciativas de jóvenes con poco capital y de medir mejor la contribución del sector al desarrollo local y a los Objetivos de Desarrollo Sostenible.""",
    },
    {
        "group": None,
        "title": "Cooperativas cafetaleras y comercio justo en Costa Rica",
        "description": "Presentación sobre la organización de los pequeños productores de café en cooperativas y su inserción en el comercio justo.",
        "kind": "presentation", "language": "es", "edition": "2016-san-jose", "session_day": 3,
        "topics": ["cooperatives", "local-development", "green-transition"],
        "authors": "Óscar Jiménez",
        "visibility": "public", "format": "pptx", "url": "",
        "body": """Cooperativas cafetaleras y comercio justo
Óscar Jiménez, federación de cooperativas cafetaleras. Academia de la OIT, San José 2016.
---
El café y las cooperativas
Desde los años 1960, los pequeños productores de café de Costa Rica se organizaron en cooperativas para procesar y exportar su cosecha sin depender de los grandes beneficios privados.
---
Cómo funciona
Cada socio entrega su café a la cooperativa, que lo procesa, lo comercializa y distribuye los excedentes según el volumen entregado. La asamblea elige al consejo de administración.
---
El comercio justo
La certificación de comercio justo garantiza un precio mínimo y una prima social. La prima se ha invertido en becas escolares, caminos rurales y programas de salud.
---
Hacia una producción sostenible
Las cooperativas promueven la reducción de agroquímicos, el tratamiento de aguas residuales y la diversificación de cultivos frente al cambio climático.
---
Desafíos
Envejecimiento de los socios, migración de los jóvenes, volatilidad de los precios internacionales y costos de certificación.
---
Lecciones
La integración en federaciones, la inversión en calidad y la relación directa con compradores de comercio justo fortalecen a los pequeños productores.""",
    },
    {
        "group": None,
        "title": "Youth employment and the social and solidarity economy in Central America",
        "description": "Background report on youth labour markets in Central America and the potential of cooperatives and social enterprises for young people.",
        "kind": "report", "language": "en", "edition": "2016-san-jose", "session_day": 4,
        "topics": ["youth-employment", "future-of-work", "cooperatives"],
        "authors": "Emily Carter; Andrés Solís",
        "visibility": "members", "format": "pdf", "url": "",
        "body": """Young people in Central America face a difficult labour market. A large share of those aged 15 to 24 are neither in employment nor in education or training, and most of those who do work are employed informally, with low pay and no social protection. Lack of opportunities is also one of the drivers of migration towards North America.

This report explores the potential of the social and solidarity economy to improve youth employment. Three types of initiatives are reviewed. School cooperatives, which are compulsory in some countries, introduce students to democratic management and entrepreneurship. Youth cooperatives in services such as tourism, digital design and repair allow young people to start an activity with little capital by pooling their skills. Social enterprises focusing on work integration offer training and a first job to young people from disadvantaged neighbourhoods.

The review finds that these initiatives work best when they are connected to vocational training systems, when they have access to start-up finance and mentoring from established cooperatives, and when legal requirements, such as a minimum number of members, are adapted to small groups.

The report recommends including the SSE in national youth employment strategies and creating dedicated funds for young cooperative entrepreneurs, in partnership with the cooperative movement and local governments.""",
    },
    # 2017 - Seoul ------------------------------------------------------------------------------
    {
        "group": None,
        "title": "Programme of the ILO Academy on Social and Solidarity Economy, Seoul 2017",
        "description": "Programme of the eighth Academy, hosted in Seoul with the Seoul Metropolitan Government and the Global Social Economy Forum.",
        "kind": "agenda", "language": "en", "edition": "2017-seoul", "session_day": None,
        "topics": ["local-development", "public-policies"],
        "authors": "Kim Ji-won; Luca Moretti",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Eighth ILO Academy on Social and Solidarity Economy
Innovative ecosystems for SSE public policies: a contribution to the future of work
Seoul, Republic of Korea, 26-30 June 2017

Monday: Opening plenary on the social and solidarity economy as a pathway to decent work, with a welcome address by the Seoul Metropolitan Government and the Global Social Economy Forum. Elective session on SSE concepts in Asia, from self-help groups to social cooperatives.

Tuesday: Plenary on public policies for the SSE, including the Korean Social Enterprise Promotion Act of 2007 and the Framework Act on Cooperatives of 2012. Electives on women's economic empowerment and on social finance and public procurement.

Wednesday: Presentation of the Seoul Social Economy Center, followed by study visits to a medical welfare cooperative, a social enterprise providing home care services and a community business in a regenerated neighbourhood.

Thursday: Plenary on the informal economy and decent work in Asia. Elective session on the green transition and community energy cooperatives. Action planning workshop in regional groups.

Friday: Plenary on South-South and triangular cooperation in Asia and the Pacific. Presentation of action plans, evaluation and closing ceremony.

Working languages: English, Korean, French and Spanish.""",
    },
    {
        "group": None,
        "title": "Seoul Academy summary: the city as a partner of the social economy",
        "description": "Summary of the 2017 Academy on local government support, social enterprises and the growth of cooperatives in Korea.",
        "kind": "summary", "language": "en", "edition": "2017-seoul", "session_day": 5,
        "topics": ["local-development", "public-policies", "cooperatives"],
        "authors": "Kim Ji-won; Emily Carter",
        "visibility": "public", "format": "docx", "url": "",
        "body": """The Seoul Academy gathered 95 participants from 40 countries, with many participants from Asia for the first time. It took place in a city that has made the social economy a central element of its development strategy.

Participants were impressed by the speed of change in the Republic of Korea. After the adoption of the Framework Act on Cooperatives in 2012, which allowed any five people to create a cooperative, more than ten thousand cooperatives were registered in five years. Social enterprises certified under the 2007 Act employ thousands of people from vulnerable groups. The Seoul Metropolitan Government supports this ecosystem through a dedicated centre, public procurement, social investment funds and neighbourhood-level intermediary organisations.

The study visits offered concrete examples: a medical welfare cooperative run by its members and health workers, a home care social enterprise providing stable contracts to women care workers, and a community business in a regenerated neighbourhood.

Discussions also raised critical questions. Rapid growth supported by public subsidies can produce fragile organisations and a dependency on government. Many new cooperatives are very small and lack business skills. Participants stressed the importance of solidarity among SSE organisations themselves, through federations and mutual support, to ensure long-term sustainability and to prepare the sector for the future of work.""",
    },
    {
        "group": "seoul-2017-ecosystem",
        "title": "Building a local SSE ecosystem: lessons from Seoul",
        "description": "Reading on the instruments used by the Seoul Metropolitan Government to support the social economy.",
        "kind": "reading", "language": "en", "edition": "2017-seoul", "session_day": 3,
        "topics": ["local-development", "public-policies"],
        "authors": "Park Min-seo; Claire Duval",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Since 2011, the Seoul Metropolitan Government has developed one of the most ambitious local policies for the social economy in the world. Its approach is based on the idea of an ecosystem: rather than supporting individual enterprises in isolation, the city seeks to strengthen all the conditions that allow SSE organisations to emerge and grow.

Five instruments stand out. First, a municipal ordinance on the social economy provides a stable legal basis for the city's action. Second, the Seoul Social Economy Center, managed by civil society organisations, offers training, advice and networking. Third, the city reserves a share of its purchases for social enterprises and cooperatives. Fourth, a social investment fund provides loans at low interest rates. Fifth, each district has an intermediary organisation that connects local initiatives with residents and public services.

Governance is a key feature. Policies are discussed in a public-private partnership committee where SSE networks and city officials work together. This co-construction helps adjust programmes to the needs of organisations.

The experience also shows some risks. When public support is generous, organisations may adapt their projects to funding criteria rather than to community needs. A change of political leadership can also weaken the policy. The challenge is therefore to build an ecosystem that becomes progressively autonomous and rooted in local communities.""",
    },
    {
        "group": "seoul-2017-ecosystem",
        "title": "Construire un écosystème local de l'ESS : les enseignements de Séoul",
        "description": "Lecture sur les instruments utilisés par la ville de Séoul pour soutenir l'économie sociale.",
        "kind": "reading", "language": "fr", "edition": "2017-seoul", "session_day": 3,
        "topics": ["local-development", "public-policies"],
        "authors": "Park Min-seo; Claire Duval",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Depuis 2011, le gouvernement métropolitain de Séoul a développé l'une des politiques locales les plus ambitieuses au monde en faveur de l'économie sociale. Son approche repose sur l'idée d'écosystème : plutôt que de soutenir des entreprises isolément, la ville cherche à renforcer l'ensemble des conditions qui permettent aux organisations de l'ESS de naître et de se développer.

Cinq instruments se distinguent. D'abord, une ordonnance municipale sur l'économie sociale offre une base juridique stable à l'action de la ville. Ensuite, le Centre de l'économie sociale de Séoul, géré par des organisations de la société civile, propose formation, conseil et mise en réseau. Troisièmement, la ville réserve une part de ses achats aux entreprises sociales et aux coopératives. Quatrièmement, un fonds d'investissement social accorde des prêts à faible taux d'intérêt. Enfin, chaque arrondissement dispose d'une structure intermédiaire qui relie les initiatives locales aux habitants et aux services publics.

La gouvernance est un élément clé. Les politiques sont discutées au sein d'un comité de partenariat public-privé où les réseaux de l'ESS et les fonctionnaires municipaux travaillent ensemble. Cette co-construction permet d'ajuster les programmes aux besoins des organisations.

L'expérience montre aussi certains risques. Lorsque le soutien public est généreux, les organisations peuvent adapter leurs projets aux critères de financement plutôt qu'aux besoins de la population. Un changement de majorité politique peut également fragiliser la politique. L'enjeu est donc de construire un écosystème qui devienne progressivement autonome et ancré dans les communautés locales.""",
    },
    {
        "group": "seoul-2017-ecosystem",
        "title": "Construir un ecosistema local de la ESS: lecciones de Seúl",
        "description": "Lectura sobre los instrumentos utilizados por el Gobierno Metropolitano de Seúl para apoyar la economía social.",
        "kind": "reading", "language": "es", "edition": "2017-seoul", "session_day": 3,
        "topics": ["local-development", "public-policies"],
        "authors": "Park Min-seo; Claire Duval",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Desde 2011, el Gobierno Metropolitano de Seúl ha desarrollado una de las políticas locales más ambiciosas del mundo en favor de la economía social. Su enfoque se basa en la idea de ecosistema: en lugar de apoyar a empresas de forma aislada, la ciudad busca fortalecer todas las condiciones que permiten a las organizaciones de la ESS surgir y crecer.

Destacan cinco instrumentos. En primer lugar, una ordenanza municipal sobre la economía social ofrece una base jurídica estable para la acción de la ciudad. En segundo lugar, el Centro de Economía Social de Seúl, gestionado por organizaciones de la sociedad civil, brinda formación, asesoría y articulación en red. En tercer lugar, la ciudad reserva una parte de sus compras a empresas sociales y cooperativas. En cuarto lugar, un fondo de inversión social otorga préstamos a bajo interés. Por último, cada distrito cuenta con una organización intermediaria que conecta las iniciativas locales con la población y los servicios públicos.

La gobernanza es un elemento clave. Las políticas se debaten en un comité de alianza público-privada donde las redes de la ESS y el personal municipal trabajan juntos. Esta co-construcción permite ajustar los programas a las necesidades de las organizaciones.

La experiencia muestra también algunos riesgos. Cuando el apoyo público es generoso, las organizaciones pueden adaptar sus proyectos a los criterios de financiación en lugar de a las necesidades de la comunidad. Un cambio de gobierno puede además debilitar la política. El reto es construir un ecosistema que se vuelva progresivamente autónomo y arraigado en las comunidades locales.""",
    },
    {
        "group": "seoul-2017-ecosystem",
        "title": "Construir um ecossistema local da ESS: lições de Seul",
        "description": "Leitura sobre os instrumentos usados pelo Governo Metropolitano de Seul para apoiar a economia social.",
        "kind": "reading", "language": "pt", "edition": "2017-seoul", "session_day": 3,
        "topics": ["local-development", "public-policies"],
        "authors": "Park Min-seo; Claire Duval",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Desde 2011, o Governo Metropolitano de Seul desenvolveu uma das políticas locais mais ambiciosas do mundo em favor da economia social. A sua abordagem assenta na ideia de ecossistema: em vez de apoiar empresas de forma isolada, a cidade procura reforçar todas as condições que permitem às organizações da ESS nascer e crescer.

Destacam-se cinco instrumentos. Em primeiro lugar, um regulamento municipal sobre a economia social oferece uma base jurídica estável para a ação da cidade. Em segundo lugar, o Centro de Economia Social de Seul, gerido por organizações da sociedade civil, oferece formação, aconselhamento e trabalho em rede. Em terceiro lugar, a cidade reserva uma parte das suas compras para empresas sociais e cooperativas. Em quarto lugar, um fundo de investimento social concede empréstimos a juros baixos. Por último, cada distrito dispõe de uma organização intermediária que liga as iniciativas locais aos moradores e aos serviços públicos.

A governação é um elemento-chave. As políticas são debatidas num comité de parceria público-privada onde as redes da ESS e os funcionários municipais trabalham em conjunto. Esta co-construção permite ajustar os programas às necessidades das organizações.

A experiência mostra também alguns riscos. Quando o apoio público é generoso, as organizações podem adaptar os seus projetos aos critérios de financiamento em vez das necessidades da comunidade. Uma mudança de liderança política pode igualmente enfraquecer a política. O desafio é, portanto, construir um ecossistema que se torne progressivamente autónomo e enraizado nas comunidades locais.""",
    },
    {
        "group": None,
        "title": "Recording: presentation of the Seoul Social Economy Center",
        "description": "Video of the Wednesday morning presentation of the Seoul SSE ecosystem before the study visits.",
        "kind": "recording", "language": "en", "edition": "2017-seoul", "session_day": 3,
        "topics": ["local-development"],
        "authors": "Park Min-seo",
        "visibility": "public", "format": "link",
        "url": "https://example.org/recordings/2017-seoul-social-economy-center",
        "body": "Recording of the presentation by the Seoul Social Economy Center, with questions from participants on public procurement and social investment. Duration: 55 minutes.",
    },
    # 2017 - Luxembourg -------------------------------------------------------------------------
    {
        "group": None,
        "title": "Programme de l'Académie sur l'économie sociale et solidaire, Luxembourg 2017",
        "description": "Programme de la neuvième Académie, organisée au Luxembourg avec le ministère chargé de l'économie sociale et solidaire.",
        "kind": "agenda", "language": "fr", "edition": "2017-luxembourg", "session_day": None,
        "topics": ["future-of-work", "financing"],
        "authors": "Marc Weber; Anne Schmit",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Neuvième Académie de l'OIT sur l'économie sociale et solidaire
Regards sur l'avenir du travail
Luxembourg, 25-29 septembre 2017

Lundi : séance plénière d'ouverture sur l'économie sociale et solidaire comme voie vers le travail décent, en présence du ministère du Travail, de l'Emploi et de l'Économie sociale et solidaire. Atelier optionnel sur les concepts et les statuts de l'ESS en Europe.

Mardi : plénière sur les politiques publiques et les cadres juridiques, avec la présentation de la loi luxembourgeoise de 2016 sur les sociétés d'impact sociétal. Ateliers optionnels sur l'autonomisation économique des femmes et sur le financement de l'ESS.

Mercredi : présentation de l'écosystème luxembourgeois, suivie de visites d'étude dans une entreprise d'insertion active dans le maraîchage biologique, une coopérative de commerce équitable et un incubateur d'entreprises sociales.

Jeudi : plénière sur l'avenir du travail et le rôle de l'ESS face au numérique et aux nouvelles formes d'emploi. Atelier optionnel sur la transition écologique. Atelier de planification par groupes régionaux.

Vendredi : plénière sur la coopération Sud-Sud et triangulaire et sur les partenariats entre l'Europe et l'Afrique. Présentation des plans d'action et clôture.

Langues de travail : français, anglais et espagnol.""",
    },
    {
        "group": None,
        "title": "Synthèse de l'Académie de Luxembourg : l'ESS et l'avenir du travail",
        "description": "Principaux enseignements de l'édition 2017 sur l'avenir du travail, les sociétés d'impact sociétal et le financement de l'ESS.",
        "kind": "summary", "language": "fr", "edition": "2017-luxembourg", "session_day": 5,
        "topics": ["future-of-work", "public-policies", "financing"],
        "authors": "Anne Schmit; Pierre-Olivier Lemaire",
        "visibility": "public", "format": "docx", "url": "",
        "body": """L'Académie de Luxembourg a rassemblé 68 participants de 33 pays. Elle s'inscrivait dans l'initiative du centenaire de l'OIT sur l'avenir du travail, qui invite à réfléchir aux transformations liées au numérique, au changement démographique et à la transition écologique.

Les participants ont d'abord découvert un petit pays qui a fait le choix d'un ministère dédié à l'économie sociale et solidaire et d'un statut juridique nouveau, la société d'impact sociétal. Ce statut permet à des entreprises qui poursuivent un objectif social ou environnemental de bénéficier d'avantages fiscaux, à condition de limiter la distribution de bénéfices et de mesurer leur impact.

Le débat sur l'avenir du travail a été très riche. Les plateformes numériques créent de nouvelles formes d'emploi, souvent précaires. Face à cela, des coopératives de plateforme et des coopératives d'activité et d'emploi proposent aux travailleurs indépendants une protection sociale, un accompagnement et une gouvernance partagée. Les participants ont aussi souligné le potentiel de l'ESS dans l'économie des soins, appelée à croître avec le vieillissement de la population.

Sur le financement, les échanges ont porté sur les banques éthiques, les fonds d'épargne solidaire et les obligations à impact social. Les participants africains ont plaidé pour des partenariats qui renforcent les institutions financières de l'ESS de leurs pays plutôt que des financements ponctuels.""",
    },
    {
        "group": None,
        "title": "The future of work and the SSE: five trends and five responses",
        "description": "Slides presented in the Thursday plenary on how SSE organisations respond to technological and demographic change.",
        "kind": "presentation", "language": "en", "edition": "2017-luxembourg", "session_day": 4,
        "topics": ["future-of-work", "cooperatives", "decent-work"],
        "authors": "Laura Jensen",
        "visibility": "members", "format": "pptx", "url": "",
        "body": """The future of work and the SSE
Laura Jensen, ILO Research Department. ILO Academy, Luxembourg 2017.
---
Trend 1: technology and platforms
Digital platforms reorganise work in transport, delivery and online services. Many platform workers are classified as self-employed and lack social protection. Response: platform cooperatives owned by workers and users.
---
Trend 2: demographic change
Ageing societies need more care. Response: care cooperatives and social enterprises that offer quality services and decent jobs for care workers, most of whom are women.
---
Trend 3: climate change
The transition to a low-carbon economy will destroy some jobs and create others. Response: energy cooperatives and community-based recycling that share benefits locally.
---
Trend 4: fragmented careers
Workers move between jobs, self-employment and training more often. Response: business and employment cooperatives that offer a collective framework to independent workers.
---
Trend 5: globalisation and inequality
Value chains concentrate power. Response: fair trade, producer cooperatives and cooperative networks that keep value in local communities.
---
Conclusion
The SSE does not have all the answers, but it shows that technology can be governed democratically and that solidarity can be organised in new ways.""",
    },
    {
        "group": None,
        "title": "Le financement de l'économie sociale et solidaire en Europe : panorama des outils",
        "description": "Texte de référence présentant les principaux instruments financiers au service des entreprises de l'ESS en Europe.",
        "kind": "reading", "language": "fr", "edition": "2017-luxembourg", "session_day": 2,
        "topics": ["financing"],
        "authors": "Marc Weber; Isabelle Renard",
        "visibility": "public", "format": "txt", "url": "",
        "body": """Les entreprises de l'économie sociale et solidaire ont des besoins de financement spécifiques. Leur capital est souvent limité, car il provient des membres, et leur modèle économique privilégie la mission sociale sur la rentabilité. Les investisseurs classiques hésitent à leur prêter, alors que leurs besoins vont du fonds de roulement aux investissements à long terme.

En Europe, un écosystème de financement s'est construit progressivement. Les banques coopératives et mutualistes, héritières des caisses rurales et ouvrières du XIXe siècle, financent une grande partie de l'ESS. Les banques éthiques, plus récentes, s'engagent à ne prêter qu'à des projets ayant une utilité sociale ou environnementale et publient la liste de leurs crédits.

L'épargne solidaire permet aux citoyens de placer une partie de leur épargne dans des fonds qui investissent dans des entreprises d'insertion, des logements sociaux ou des projets de commerce équitable. En France, les fonds d'épargne salariale solidaires ont fortement contribué à cette croissance.

Les pouvoirs publics interviennent également par des garanties de prêts, des fonds d'investissement à capital patient et des programmes européens dédiés à l'innovation sociale. Plus récemment, les contrats à impact social ont suscité à la fois de l'intérêt et des critiques, certains acteurs craignant une logique de rentabilité incompatible avec les valeurs de l'ESS.

La question centrale reste la même : comment mobiliser des ressources suffisantes sans perdre l'autonomie et la gouvernance démocratique qui caractérisent l'économie sociale et solidaire ?""",
    },
    # 2019 - Turin ------------------------------------------------------------------------------
    {
        "group": None,
        "title": "Programme of the ILO Academy on Social and Solidarity Economy, Turin 2019",
        "description": "Programme of the tenth Academy, held at the ITCILO campus in the year of the ILO centenary.",
        "kind": "agenda", "language": "en", "edition": "2019-turin", "session_day": None,
        "topics": ["future-of-work", "south-south-cooperation"],
        "authors": "Giulia Ferraresi; Marco Bellini",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Tenth ILO Academy on Social and Solidarity Economy
A human-centred agenda for the future of work
Turin, ITCILO campus, 3-7 June 2019

Monday: Opening plenary on the social and solidarity economy as a pathway to decent work, marking the ILO centenary and ten years of the Academy. Elective session on SSE concepts, actors and values.

Tuesday: Plenary on public policies and legal frameworks, with a review of framework laws adopted since 2010 in Latin America, Africa, Europe and Asia. Electives on women's economic empowerment and on social finance.

Wednesday: Presentation of the Piedmont SSE ecosystem, followed by study visits to social cooperatives managing assets confiscated from organised crime, a community cooperative in a mountain village and a workers' buyout supported by a cooperative fund.

Thursday: Plenary on the informal economy and decent work. Elective session on the green and just transition. Action planning workshop in regional groups.

Friday: Plenary on South-South and triangular cooperation, with the launch of a peer-learning network among Academy alumni. Presentation of action plans, evaluation and closing ceremony.

Working languages: English, French, Spanish and Portuguese.""",
    },
    {
        "group": "turin-2019-summary",
        "title": "Turin 2019 summary: ten years of the Academy and the future of work",
        "description": "Summary of the tenth Academy, reviewing a decade of SSE policy developments and looking ahead to the future of work.",
        "kind": "summary", "language": "en", "edition": "2019-turin", "session_day": 5,
        "topics": ["future-of-work", "south-south-cooperation", "decent-work"],
        "authors": "Marco Bellini; Aïcha Traoré",
        "visibility": "public", "format": "docx", "url": "",
        "body": """The tenth Academy returned to Turin, where the first edition had taken place in 2010, in the year of the ILO centenary. It brought together 100 participants from 45 countries, including a group of alumni from previous editions who shared how the Academy had influenced their work.

Looking back over ten years, participants noted significant progress. Framework laws on the social and solidarity economy were adopted in countries and regions such as Ecuador, Mexico, Spain, Portugal, France and Quebec. The SSE became more visible in international debates, with the creation of a United Nations inter-agency task force. Statistics and research also improved, although comparable data remain scarce.

The report of the Global Commission on the Future of Work, published in January 2019, was discussed in depth. Participants stressed that cooperatives and other SSE organisations can help achieve a human-centred future of work, by organising platform workers, developing the care economy and supporting a just transition.

The study visits to social cooperatives managing assets confiscated from organised crime showed how the SSE can rebuild trust and create legal jobs in difficult territories.

Finally, the Academy launched a South-South and triangular peer-learning network among alumni, so that solidarity between participants continues beyond the training week.""",
    },
    {
        "group": "turin-2019-summary",
        "title": "Synthèse de Turin 2019 : dix ans d'Académie et l'avenir du travail",
        "description": "Synthèse de la dixième Académie, qui revient sur une décennie de politiques de l'ESS et se projette vers l'avenir du travail.",
        "kind": "summary", "language": "fr", "edition": "2019-turin", "session_day": 5,
        "topics": ["future-of-work", "south-south-cooperation", "decent-work"],
        "authors": "Marco Bellini; Aïcha Traoré",
        "visibility": "public", "format": "docx", "url": "",
        "body": """La dixième Académie est revenue à Turin, où s'était tenue la première édition en 2010, l'année du centenaire de l'OIT. Elle a réuni 100 participants de 45 pays, dont un groupe d'anciens participants venus témoigner de l'influence de l'Académie sur leur travail.

En regardant dix ans en arrière, les participants ont constaté des progrès importants. Des lois-cadres sur l'économie sociale et solidaire ont été adoptées dans des pays et des régions comme l'Équateur, le Mexique, l'Espagne, le Portugal, la France et le Québec. L'ESS est devenue plus visible dans les débats internationaux, avec la création d'un groupe de travail interinstitutions des Nations Unies. Les statistiques et la recherche ont également progressé, même si les données comparables restent rares.

Le rapport de la Commission mondiale sur l'avenir du travail, publié en janvier 2019, a été discuté en profondeur. Les participants ont souligné que les coopératives et les autres organisations de l'ESS peuvent contribuer à un avenir du travail centré sur l'humain, en organisant les travailleurs des plateformes, en développant l'économie des soins et en accompagnant une transition juste.

Les visites d'étude dans des coopératives sociales qui gèrent des biens confisqués à la criminalité organisée ont montré comment l'ESS peut reconstruire la confiance et créer des emplois légaux dans des territoires difficiles.

Enfin, l'Académie a lancé un réseau d'apprentissage entre pairs Sud-Sud et triangulaire parmi les anciens participants, afin que la solidarité entre eux se prolonge au-delà de la semaine de formation.""",
    },
    {
        "group": None,
        "title": "South-South and triangular cooperation for the SSE: principles and practice",
        "description": "Slides from the Friday plenary on how countries of the South exchange SSE knowledge with ILO support.",
        "kind": "presentation", "language": "en", "edition": "2019-turin", "session_day": 5,
        "topics": ["south-south-cooperation", "public-policies"],
        "authors": "Paulo Sérgio Andrade; Samuel Okoro",
        "visibility": "public", "format": "pptx", "url": "",
        "body": """South-South and triangular cooperation for the SSE
Paulo Sérgio Andrade and Samuel Okoro. ILO Academy, Turin 2019.
---
Definitions
South-South cooperation is the exchange of knowledge, resources and technology between developing countries. Triangular cooperation adds a third partner, such as the ILO or a donor country, which facilitates and supports the exchange.
---
Principles
Horizontality, mutual benefit, respect for national ownership and demand-driven partnerships. Learning flows in both directions.
---
Examples
Brazil and Mozambique: exchange on public policies for the solidarity economy and on waste pickers' cooperatives. Morocco and Senegal: training for women's cooperatives. Ecuador and Bolivia: regulation of savings and credit cooperatives.
---
What works
Exchange visits between practitioners, joint training, mentoring between networks and long-term institutional partnerships rather than one-off missions.
---
Challenges
Language barriers, limited funding, difficulty adapting experiences to different legal contexts and weak documentation of results.
---
Next steps
Launch of the Academy alumni peer-learning network, a shared online library of good practices and regional focal points to follow up on action plans.""",
    },
    {
        "group": None,
        "title": "Recording: opening plenary of the tenth Academy, Turin 2019",
        "description": "Video of the opening plenary celebrating the ILO centenary and ten years of the Academy.",
        "kind": "recording", "language": "en", "edition": "2019-turin", "session_day": 1,
        "topics": ["decent-work", "future-of-work"],
        "authors": "Maria Helena Costa",
        "visibility": "public", "format": "link",
        "url": "https://example.org/recordings/2019-turin-opening-centenary",
        "body": "Full recording of the opening plenary, including a video message from alumni of previous editions. Duration: 1 hour 15 minutes.",
    },
    {
        "group": None,
        "title": "Participants' action plans: summary of commitments, Turin 2019",
        "description": "Compilation of the action plans presented by regional groups at the closing session, for follow-up by alumni.",
        "kind": "other", "language": "en", "edition": "2019-turin", "session_day": 5,
        "topics": ["south-south-cooperation", "local-development"],
        "authors": "Giulia Ferraresi; Marco Bellini",
        "visibility": "members", "format": "txt", "url": "",
        "body": """This document compiles the commitments presented by the regional groups during the closing session of the tenth Academy. It is intended for Academy alumni and partner organisations that wish to follow up and offer support.

Africa group: Participants from Cameroon, Senegal and Kenya plan to organise national dialogues on SSE legislation, bringing together ministries, cooperative federations and trade unions. Two participants will develop a training module on cooperative governance for women's groups.

Latin America group: Participants from Argentina, Colombia and Costa Rica will build a regional map of public procurement programmes open to cooperatives and share it with the alumni network. A municipal officer from Colombia will pilot an SSE incubation programme for young people.

Asia group: Participants from India, the Philippines and Indonesia committed to strengthening data collection on SSE organisations, in partnership with national statistics offices, and to documenting platform cooperatives emerging in the region.

Europe and Arab States group: Participants will design an exchange programme between social cooperatives in Italy and associations in Tunisia and Lebanon working on the integration of refugees and migrant workers.

All groups agreed to report on progress within six months through the alumni network, and to use the Collective Brain to share documents, photos and lessons learned. The ITCILO team will organise two online follow-up meetings and offer coaching on request.""",
    },
    # 2019 - Madrid -----------------------------------------------------------------------------
    {
        "group": None,
        "title": "Programa de la Academia sobre Economía Social y Solidaria, Madrid 2019",
        "description": "Programa de la undécima Academia, organizada en Madrid con el Ministerio de Trabajo y la confederación española de la economía social.",
        "kind": "agenda", "language": "es", "edition": "2019-madrid", "session_day": None,
        "topics": ["green-transition", "womens-empowerment", "future-of-work"],
        "authors": "Carmen Ruiz; Javier Martín",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Undécima Academia de la OIT sobre Economía Social y Solidaria
La economía social en el futuro del trabajo
Madrid, España, 14-18 de octubre de 2019

Lunes: plenaria de apertura sobre la economía social y solidaria como camino hacia el trabajo decente, con la participación del Ministerio de Trabajo y de la confederación empresarial de la economía social. Sesión electiva sobre conceptos y actores de la economía social en Europa y América Latina.

Martes: plenaria sobre políticas públicas, con el análisis de la Ley 5/2011 de Economía Social y de las estrategias autonómicas. Sesiones electivas sobre igualdad de género en las cooperativas y sobre banca ética y finanzas solidarias.

Miércoles: presentación del ecosistema de la economía social madrileña, seguida de visitas de estudio a una cooperativa de trabajo asociado en el sector de los cuidados, a un mercado social y a una cooperativa de energía renovable.

Jueves: plenaria sobre la economía informal y el trabajo decente, con especial atención a las trabajadoras del hogar migrantes. Sesión electiva sobre transición ecológica justa. Taller de planificación por grupos regionales.

Viernes: plenaria sobre cooperación Sur-Sur y triangular entre Iberoamérica y África. Presentación de los planes de acción y clausura.

Idiomas de trabajo: español, inglés, francés y portugués.""",
    },
    {
        "group": None,
        "title": "Síntesis de la Academia de Madrid: economía social, cuidados y transición ecológica",
        "description": "Conclusiones de la edición de 2019 sobre igualdad de género, economía de los cuidados y transición ecológica justa.",
        "kind": "summary", "language": "es", "edition": "2019-madrid", "session_day": 5,
        "topics": ["green-transition", "womens-empowerment", "future-of-work"],
        "authors": "Javier Martín; Carmen Ruiz",
        "visibility": "public", "format": "docx", "url": "",
        "body": """La Academia de Madrid reunió a 85 participantes de 38 países. España aportó la experiencia de un país con una ley de economía social desde 2011 y un sector que representa una parte significativa del empleo, con cooperativas, sociedades laborales, mutualidades, centros especiales de empleo y empresas de inserción.

Dos temas dominaron los debates. El primero fue la economía de los cuidados. Las cooperativas de trabajo asociado dedicadas a la atención de personas mayores y dependientes mostraron que es posible ofrecer servicios de calidad y empleos estables a trabajadoras que, en muchos casos, procedían de la economía informal o eran migrantes. La igualdad de género dentro de las propias organizaciones de la economía social también fue objeto de un debate franco: las mujeres son mayoría entre las personas socias de muchas cooperativas, pero siguen infrarrepresentadas en los consejos rectores.

El segundo tema fue la transición ecológica justa. Las cooperativas de energía renovable, los mercados sociales y las iniciativas de economía circular demostraron que la economía social puede unir objetivos ambientales, participación ciudadana y creación de empleo local.

Las personas participantes concluyeron que las políticas públicas deben integrar la economía social en las estrategias de transición ecológica y de cuidados, y no solo en las políticas de empleo, como parte de un futuro del trabajo centrado en las personas. Se propuso reforzar la cooperación entre Iberoamérica y África en estos ámbitos.""",
    },
    {
        "group": "madrid-2019-green",
        "title": "Economía social y transición ecológica justa: cooperativas para un futuro sostenible",
        "description": "Lectura sobre el papel de las cooperativas y otras organizaciones de la economía social en una transición ecológica que genere trabajo decente.",
        "kind": "reading", "language": "es", "edition": "2019-madrid", "session_day": 4,
        "topics": ["green-transition", "cooperatives", "decent-work"],
        "authors": "Lucía Montoya; Ingrid Solberg",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """La transición hacia economías bajas en carbono transformará profundamente el mundo del trabajo. Algunos sectores, como la minería del carbón, perderán empleos, mientras que otros, como las energías renovables, la rehabilitación de edificios o la economía circular, crearán nuevas oportunidades. La OIT insiste en que esta transición debe ser justa: ningún trabajador ni ninguna comunidad debe quedarse atrás.

La economía social y solidaria tiene mucho que aportar. Las cooperativas de energía renovable permiten a la ciudadanía producir y consumir su propia electricidad, y reinvierten los excedentes en el territorio. En Europa, miles de estas cooperativas agrupan a más de un millón de personas. Las organizaciones de recicladores, sobre todo en América Latina y Asia, realizan una parte esencial de la recogida de residuos y luchan por el reconocimiento de su trabajo. Las cooperativas agrícolas y forestales pueden promover prácticas sostenibles y proteger la biodiversidad.

Estas experiencias muestran que la transición ecológica no es solo una cuestión técnica, sino también de propiedad y de gobernanza. Cuando las comunidades controlan los recursos, los beneficios se reparten de forma más equitativa y la aceptación social de los proyectos es mayor.

Para aprovechar este potencial, las políticas públicas deben facilitar el acceso de las organizaciones de la ESS a la financiación verde, a las redes eléctricas y a la contratación pública, y garantizar que los nuevos empleos verdes sean también trabajo decente.""",
    },
    {
        "group": "madrid-2019-green",
        "title": "Economia social e transição ecológica justa: cooperativas para um futuro sustentável",
        "description": "Leitura sobre o papel das cooperativas e de outras organizações da economia social numa transição ecológica que gere trabalho decente.",
        "kind": "reading", "language": "pt", "edition": "2019-madrid", "session_day": 4,
        "topics": ["green-transition", "cooperatives", "decent-work"],
        "authors": "Lucía Montoya; Ingrid Solberg",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """A transição para economias de baixo carbono vai transformar profundamente o mundo do trabalho. Alguns setores, como a mineração de carvão, perderão empregos, enquanto outros, como as energias renováveis, a reabilitação de edifícios ou a economia circular, criarão novas oportunidades. A OIT insiste em que esta transição deve ser justa: nenhum trabalhador e nenhuma comunidade devem ficar para trás.

A economia social e solidária tem muito a oferecer. As cooperativas de energia renovável permitem aos cidadãos produzir e consumir a sua própria eletricidade e reinvestem os excedentes no território. Na Europa, milhares destas cooperativas reúnem mais de um milhão de pessoas. As organizações de catadores, sobretudo na América Latina e na Ásia, realizam uma parte essencial da recolha de resíduos e lutam pelo reconhecimento do seu trabalho. As cooperativas agrícolas e florestais podem promover práticas sustentáveis e proteger a biodiversidade.

Estas experiências mostram que a transição ecológica não é apenas uma questão técnica, mas também de propriedade e de governação. Quando as comunidades controlam os recursos, os benefícios são repartidos de forma mais equitativa e a aceitação social dos projetos é maior.

Para aproveitar este potencial, as políticas públicas devem facilitar o acesso das organizações da ESS ao financiamento verde, às redes elétricas e à contratação pública, e garantir que os novos empregos verdes sejam também trabalho decente.""",
    },
    {
        "group": "madrid-2019-green",
        "title": "Social economy and a just green transition: cooperatives for a sustainable future",
        "description": "Reading on the role of cooperatives and other social economy organisations in an ecological transition that creates decent work.",
        "kind": "reading", "language": "en", "edition": "2019-madrid", "session_day": 4,
        "topics": ["green-transition", "cooperatives", "decent-work"],
        "authors": "Lucía Montoya; Ingrid Solberg",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """The transition to low-carbon economies will profoundly transform the world of work. Some sectors, such as coal mining, will lose jobs, while others, such as renewable energy, building renovation and the circular economy, will create new opportunities. The ILO insists that this transition must be just: no worker and no community should be left behind.

The social and solidarity economy has much to contribute. Renewable energy cooperatives allow citizens to produce and consume their own electricity and reinvest surpluses in the local area. In Europe, thousands of such cooperatives bring together more than a million people. Waste pickers' organisations, especially in Latin America and Asia, carry out an essential part of waste collection and are fighting for recognition of their work. Agricultural and forestry cooperatives can promote sustainable practices and protect biodiversity.

These experiences show that the ecological transition is not only a technical matter but also a question of ownership and governance. When communities control resources, benefits are shared more fairly and projects enjoy greater social acceptance.

To realise this potential, public policies should facilitate access by SSE organisations to green finance, electricity grids and public procurement, and ensure that new green jobs are also decent work.""",
    },
    {
        "group": None,
        "title": "Grabación: visita a una cooperativa de energía renovable en Madrid",
        "description": "Vídeo de la visita de estudio a una cooperativa de consumo de energía renovable.",
        "kind": "recording", "language": "es", "edition": "2019-madrid", "session_day": 3,
        "topics": ["green-transition", "cooperatives"],
        "authors": "Javier Martín",
        "visibility": "public", "format": "link",
        "url": "https://example.org/recordings/2019-madrid-visita-cooperativa-energia",
        "body": "Vídeo de 30 minutos con entrevistas a socias y trabajadores de la cooperativa sobre su modelo de gobernanza y de participación ciudadana.",
    },
    {
        "group": None,
        "title": "Mujeres, cuidados y cooperativas: la experiencia española",
        "description": "Presentación sobre la igualdad de género en la economía social española y las cooperativas de cuidados.",
        "kind": "presentation", "language": "es", "edition": "2019-madrid", "session_day": 2,
        "topics": ["womens-empowerment", "cooperatives", "decent-work"],
        "authors": "Carmen Ruiz",
        "visibility": "members", "format": "pptx", "url": "",
        "body": """Mujeres, cuidados y cooperativas
Carmen Ruiz, confederación de cooperativas de trabajo. Academia de la OIT, Madrid 2019.
---
Un sector feminizado
Las mujeres representan cerca de la mitad de las personas empleadas en las cooperativas españolas y son mayoría en los sectores de educación, salud y servicios sociales.
---
El techo de cristal
Sin embargo, las mujeres ocupan menos de un tercio de los puestos en los consejos rectores. La conciliación y los estereotipos siguen limitando su acceso a la dirección.
---
Cooperativas de cuidados
Las cooperativas de atención domiciliaria convierten empleos precarios e informales en trabajo estable, con contrato, formación y participación en las decisiones.
---
Buenas prácticas
Planes de igualdad en las federaciones, cuotas en los órganos de gobierno, redes de mujeres cooperativistas y programas de mentoría.
---
Retos
Financiación pública insuficiente de los servicios de cuidados, bajos salarios en el sector y competencia con grandes empresas privadas.
---
Propuestas
Reconocer a las cooperativas como proveedoras preferentes de servicios sociales, profesionalizar el sector de los cuidados y fortalecer el liderazgo femenino en la economía social.""",
    },
    # 2021 - Lisbon (hybrid) --------------------------------------------------------------------
    {
        "group": "lisbon-2021-agenda",
        "title": "Programa da Academia sobre Economia Social e Solidária, Lisboa 2021",
        "description": "Programa da décima segunda Academia, realizada em formato híbrido a partir de Lisboa e dedicada à recuperação pós-COVID-19.",
        "kind": "agenda", "language": "pt", "edition": "2021-lisbon", "session_day": None,
        "topics": ["covid-recovery", "public-policies"],
        "authors": "Inês Carvalho; Giulia Ferraresi",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Décima segunda Academia da OIT sobre Economia Social e Solidária
Construir melhor: o papel da ESS numa recuperação centrada no ser humano e sensível ao planeta
Lisboa e em linha, 15-26 de novembro de 2021

Primeira semana: módulos em linha de preparação, com leituras, fóruns de discussão e webinários sobre conceitos, atores e valores da economia social e solidária.

Segunda-feira, 22 de novembro: plenária de abertura sobre a economia social e solidária como caminho para o trabalho decente e para uma recuperação centrada nas pessoas após a pandemia de COVID-19.

Terça-feira: plenária sobre políticas públicas, com a experiência portuguesa da Lei de Bases da Economia Social de 2013 e da Cooperativa António Sérgio para a Economia Social. Sessões eletivas sobre o empoderamento económico das mulheres e sobre finanças sociais.

Quarta-feira: apresentação do ecossistema da economia social em Lisboa, seguida de visitas de estudo, presenciais e virtuais, a uma misericórdia, a uma cooperativa de habitação e a uma associação de desenvolvimento local.

Quinta-feira: plenária sobre a economia informal e o trabalho decente no contexto da pandemia. Sessão eletiva sobre transição verde e digital. Oficina de planeamento por grupos regionais.

Sexta-feira: plenária sobre cooperação Sul-Sul e triangular, com destaque para os países de língua portuguesa. Apresentação dos planos de ação e encerramento.

Línguas de trabalho: português, inglês, francês e espanhol. As sessões plenárias são transmitidas em direto.""",
    },
    {
        "group": "lisbon-2021-agenda",
        "title": "Programme of the ILO Academy on Social and Solidarity Economy, Lisbon 2021",
        "description": "Programme of the twelfth Academy, held in hybrid format from Lisbon and dedicated to the COVID-19 recovery.",
        "kind": "agenda", "language": "en", "edition": "2021-lisbon", "session_day": None,
        "topics": ["covid-recovery", "public-policies"],
        "authors": "Inês Carvalho; Giulia Ferraresi",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Twelfth ILO Academy on Social and Solidarity Economy
Building back better: the role of the SSE in a people-centred and planet-sensitive recovery
Lisbon and online, 15-26 November 2021

First week: preparatory online modules, with readings, discussion forums and webinars on the concepts, actors and values of the social and solidarity economy.

Monday 22 November: Opening plenary on the social and solidarity economy as a pathway to decent work and to a human-centred recovery from the COVID-19 pandemic.

Tuesday: Plenary on public policies, with the Portuguese experience of the 2013 Framework Law on the Social Economy and of the public-private cooperative for the social economy. Electives on women's economic empowerment and on social finance.

Wednesday: Presentation of the social economy ecosystem in Lisbon, followed by in-person and virtual study visits to a holy house of mercy, a housing cooperative and a local development association.

Thursday: Plenary on the informal economy and decent work in the context of the pandemic. Elective session on the green and digital transition. Action planning workshop in regional groups.

Friday: Plenary on South-South and triangular cooperation, with a focus on Portuguese-speaking countries. Presentation of action plans and closing.

Working languages: Portuguese, English, French and Spanish. Plenary sessions are streamed live.""",
    },
    {
        "group": "lisbon-2021-summary",
        "title": "Síntese da Academia de Lisboa: a economia social e solidária na recuperação pós-COVID-19",
        "description": "Principais conclusões da edição de 2021 sobre o papel da ESS na resposta à pandemia e na recuperação.",
        "kind": "summary", "language": "pt", "edition": "2021-lisbon", "session_day": 5,
        "topics": ["covid-recovery", "decent-work", "public-policies"],
        "authors": "Inês Carvalho; João Pedro Mendes",
        "visibility": "public", "format": "docx", "url": "",
        "body": """A Academia de Lisboa foi a primeira realizada em formato híbrido, com 60 participantes presentes e mais de 150 ligados à distância, de 55 países. Teve lugar num momento em que o mundo procurava caminhos para sair da crise provocada pela pandemia de COVID-19.

Os participantes partilharam a forma como as organizações da economia social e solidária responderam à emergência. Cooperativas e associações reconverteram a produção para fabricar máscaras e equipamentos de proteção, organizaram a distribuição de alimentos e mantiveram serviços de apoio a pessoas idosas. As mutualidades e as cooperativas de crédito adiaram reembolsos e criaram fundos de emergência para os seus membros. Em muitos países, os trabalhadores da economia informal só receberam apoio graças às suas próprias organizações.

Portugal ofereceu um exemplo interessante de parceria entre o Estado e a economia social, com as misericórdias, as instituições particulares de solidariedade social e as cooperativas a desempenhar um papel central na resposta social.

Os debates sublinharam que a recuperação deve ser centrada nas pessoas, como defende o Apelo Mundial à Ação da OIT adotado em 2021. A ESS deve ser incluída nos planos de recuperação, no acesso aos fundos públicos e nas estratégias de transição verde e digital, para garantir trabalho decente para todos. Os participantes saudaram também a discussão geral sobre a ESS prevista para a Conferência Internacional do Trabalho de 2022.""",
    },
    {
        "group": "lisbon-2021-summary",
        "title": "Lisbon Academy summary: the social and solidarity economy in the COVID-19 recovery",
        "description": "Main conclusions of the 2021 edition on the role of the SSE in the pandemic response and recovery.",
        "kind": "summary", "language": "en", "edition": "2021-lisbon", "session_day": 5,
        "topics": ["covid-recovery", "decent-work", "public-policies"],
        "authors": "Inês Carvalho; João Pedro Mendes",
        "visibility": "public", "format": "docx", "url": "",
        "body": """The Lisbon Academy was the first to be held in hybrid format, with 60 participants on site and more than 150 connected remotely from 55 countries. It took place at a time when the world was looking for ways out of the crisis caused by the COVID-19 pandemic.

Participants shared how social and solidarity economy organisations responded to the emergency. Cooperatives and associations converted their production to make masks and protective equipment, organised food distribution and maintained support services for older people. Mutual societies and credit unions postponed repayments and created emergency funds for their members. In many countries, workers in the informal economy received support only thanks to their own organisations.

Portugal offered an interesting example of partnership between the State and the social economy, with holy houses of mercy, private social solidarity institutions and cooperatives playing a central role in the social response.

The debates stressed that the recovery must be human-centred, as called for in the ILO Global Call to Action adopted in 2021. The SSE should be included in recovery plans, in access to public funds and in green and digital transition strategies, so as to guarantee decent work for all. Participants also welcomed the general discussion on the SSE planned for the 2022 International Labour Conference.""",
    },
    {
        "group": "lisbon-2021-summary",
        "title": "Synthèse de l'Académie de Lisbonne : l'économie sociale et solidaire dans la relance après la COVID-19",
        "description": "Principales conclusions de l'édition 2021 sur le rôle de l'ESS dans la réponse à la pandémie et dans la relance.",
        "kind": "summary", "language": "fr", "edition": "2021-lisbon", "session_day": 5,
        "topics": ["covid-recovery", "decent-work", "public-policies"],
        "authors": "Inês Carvalho; João Pedro Mendes",
        "visibility": "public", "format": "docx", "url": "",
        "body": """L'Académie de Lisbonne a été la première organisée en format hybride, avec 60 participants sur place et plus de 150 connectés à distance depuis 55 pays. Elle s'est tenue à un moment où le monde cherchait les moyens de sortir de la crise provoquée par la pandémie de COVID-19.

Les participants ont partagé la manière dont les organisations de l'économie sociale et solidaire ont répondu à l'urgence. Des coopératives et des associations ont reconverti leur production pour fabriquer des masques et des équipements de protection, organisé des distributions alimentaires et maintenu les services d'aide aux personnes âgées. Les mutuelles et les coopératives de crédit ont reporté des remboursements et créé des fonds d'urgence pour leurs membres. Dans de nombreux pays, les travailleurs de l'économie informelle n'ont reçu de soutien que grâce à leurs propres organisations.

Le Portugal a offert un exemple intéressant de partenariat entre l'État et l'économie sociale, les miséricordes, les institutions privées de solidarité sociale et les coopératives jouant un rôle central dans la réponse sociale.

Les débats ont souligné que la relance doit être centrée sur l'humain, comme le demande l'Appel mondial à l'action de l'OIT adopté en 2021. L'ESS doit être intégrée aux plans de relance, à l'accès aux fonds publics et aux stratégies de transition verte et numérique, afin de garantir un travail décent pour tous. Les participants ont également salué la discussion générale sur l'ESS prévue à la Conférence internationale du Travail de 2022.""",
    },
    {
        "group": "lisbon-2021-summary",
        "title": "Síntesis de la Academia de Lisboa: la economía social y solidaria en la recuperación tras la COVID-19",
        "description": "Principales conclusiones de la edición de 2021 sobre el papel de la ESS en la respuesta a la pandemia y en la recuperación.",
        "kind": "summary", "language": "es", "edition": "2021-lisbon", "session_day": 5,
        "topics": ["covid-recovery", "decent-work", "public-policies"],
        "authors": "Inês Carvalho; João Pedro Mendes",
        "visibility": "public", "format": "docx", "url": "",
        "body": """La Academia de Lisboa fue la primera celebrada en formato híbrido, con 60 participantes presenciales y más de 150 conectados a distancia desde 55 países. Tuvo lugar en un momento en que el mundo buscaba salidas a la crisis provocada por la pandemia de COVID-19.

Las personas participantes compartieron cómo las organizaciones de la economía social y solidaria respondieron a la emergencia. Cooperativas y asociaciones reconvirtieron su producción para fabricar mascarillas y equipos de protección, organizaron la distribución de alimentos y mantuvieron los servicios de apoyo a las personas mayores. Las mutuales y las cooperativas de ahorro y crédito aplazaron reembolsos y crearon fondos de emergencia para sus miembros. En muchos países, quienes trabajan en la economía informal solo recibieron apoyo gracias a sus propias organizaciones.

Portugal ofreció un ejemplo interesante de alianza entre el Estado y la economía social, con las misericordias, las instituciones privadas de solidaridad social y las cooperativas desempeñando un papel central en la respuesta social.

Los debates subrayaron que la recuperación debe estar centrada en las personas, como propone el Llamamiento mundial a la acción de la OIT adoptado en 2021. La ESS debe incluirse en los planes de recuperación, en el acceso a los fondos públicos y en las estrategias de transición verde y digital, para garantizar trabajo decente para todas las personas. Se celebró también la discusión general sobre la ESS prevista para la Conferencia Internacional del Trabajo de 2022.""",
    },
    {
        "group": None,
        "title": "Economia social e solidária e recuperação pós-COVID-19: lições da pandemia",
        "description": "Texto de apoio sobre a resiliência das organizações da ESS durante a pandemia e as condições para uma recuperação inclusiva.",
        "kind": "reading", "language": "pt", "edition": "2021-lisbon", "session_day": 1,
        "topics": ["covid-recovery", "informal-economy", "womens-empowerment"],
        "authors": "João Pedro Mendes; Mariana Lopes",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """A pandemia de COVID-19 provocou a maior crise do mundo do trabalho desde a Segunda Guerra Mundial. Milhões de pessoas perderam o emprego ou viram os seus rendimentos desaparecer, sobretudo na economia informal, onde a maioria dos trabalhadores não tinha acesso a subsídios de desemprego nem a baixa por doença.

Neste contexto, a economia social e solidária demonstrou uma capacidade de resposta notável. A sua proximidade às comunidades permitiu identificar rapidamente as necessidades e mobilizar voluntários. A sua lógica de cooperação, e não de maximização do lucro, levou muitas cooperativas a manter postos de trabalho, reduzindo temporariamente os rendimentos de todos em vez de despedir. As cooperativas de saúde, as mutualidades e as associações de apoio social estiveram na linha da frente.

Há, contudo, fragilidades que a crise revelou. Muitas organizações da ESS ficaram excluídas dos apoios públicos porque os critérios tinham sido pensados para empresas convencionais. Outras enfrentaram dificuldades de tesouraria e de digitalização. As mulheres, muito presentes nos setores do cuidado, suportaram uma sobrecarga de trabalho considerável.

Uma recuperação inclusiva exige reconhecer formalmente a ESS nos planos nacionais, adaptar os instrumentos de apoio às suas formas jurídicas, investir na transição digital das pequenas organizações e valorizar o trabalho de cuidado. A ESS não é apenas uma rede de segurança em tempos de crise, mas um modelo para construir economias mais resilientes e solidárias.""",
    },
    {
        "group": None,
        "title": "Platform cooperatives: a cooperative answer to the gig economy",
        "description": "Slides on worker-owned digital platforms in delivery, care and freelance services, presented in the elective on the green and digital transition.",
        "kind": "presentation", "language": "en", "edition": "2021-lisbon", "session_day": 4,
        "topics": ["future-of-work", "cooperatives", "youth-employment"],
        "authors": "Daniel Okafor; Laura Jensen",
        "visibility": "members", "format": "pptx", "url": "",
        "body": """Platform cooperatives: a cooperative answer to the gig economy
Daniel Okafor and Laura Jensen. ILO Academy, Lisbon 2021.
---
The gig economy after COVID-19
The pandemic accelerated the growth of digital labour platforms for delivery, transport, care and online freelance work. Young people are strongly represented among platform workers, often without social protection.
---
What is a platform cooperative?
A digital platform owned and governed by its workers, its users or both. Revenue is shared fairly and decisions about algorithms, pricing and working conditions are taken democratically.
---
Examples
Courier cooperatives in European cities, a cooperative taxi app in North America, home care platforms owned by care workers, and freelancer cooperatives offering invoicing and social protection.
---
Strengths
Fair pay, transparency of algorithms, collective voice and solidarity between workers who would otherwise compete against each other.
---
Challenges
Access to capital to develop technology, competition with large platforms financed by venture capital, and the need for digital and management skills.
---
Policy options
Public funding for cooperative digital infrastructure, open-source software, access to public procurement and legal frameworks that recognise platform workers' right to organise.""",
    },
    {
        "group": None,
        "title": "Mutuelles et protection sociale après la pandémie : rapport de l'atelier",
        "description": "Rapport de l'atelier consacré au rôle des mutuelles dans l'extension de la protection sociale après la crise de la COVID-19.",
        "kind": "report", "language": "fr", "edition": "2021-lisbon", "session_day": 2,
        "topics": ["covid-recovery", "decent-work", "financing"],
        "authors": "Bernard Kaboré; Isabelle Renard",
        "visibility": "members", "format": "pdf", "url": "",
        "body": """Ce rapport rend compte des échanges de l'atelier consacré aux mutuelles et à la protection sociale, qui a réuni une trentaine de participants d'Afrique, d'Europe et d'Amérique latine, sur place et à distance.

La crise de la COVID-19 a rappelé l'importance vitale de la protection sociale. Les pays qui disposaient de systèmes solides ont pu protéger les revenus et la santé de leur population, tandis que dans les autres, des millions de travailleurs de l'économie informelle se sont retrouvés sans aucun filet de sécurité. Les mutuelles, fondées sur la solidarité entre membres, ont souvent été les premières à réagir, en maintenant la prise en charge des soins malgré la baisse des cotisations.

Les participants ont identifié plusieurs enseignements. Premièrement, les mutuelles sont plus efficaces lorsqu'elles sont intégrées dans les systèmes nationaux, par exemple comme organismes de gestion de l'assurance maladie universelle. Deuxièmement, les outils numériques, comme le paiement des cotisations par téléphone mobile, ont permis de toucher de nouveaux membres. Troisièmement, le financement public reste indispensable pour couvrir les plus pauvres.

Les recommandations portent sur la reconnaissance juridique des mutuelles, la mutualisation des risques à l'échelle nationale ou régionale, la formation des gestionnaires et la participation des mutuelles au dialogue social. L'atelier a conclu que l'économie sociale et solidaire est un partenaire indispensable pour atteindre l'objectif d'une protection sociale universelle, conformément aux normes de l'OIT.""",
    },
    {
        "group": None,
        "title": "Gravação: plenária de abertura da Academia de Lisboa 2021",
        "description": "Vídeo da sessão plenária de abertura, transmitida em direto a partir de Lisboa.",
        "kind": "recording", "language": "pt", "edition": "2021-lisbon", "session_day": 1,
        "topics": ["covid-recovery", "decent-work"],
        "authors": "Inês Carvalho; Maria Helena Costa",
        "visibility": "public", "format": "link",
        "url": "https://example.org/recordings/2021-lisbon-plenaria-abertura",
        "body": "Gravação integral da plenária de abertura sobre a economia social e solidária e a recuperação pós-COVID-19. Duração: 1 hora e 20 minutos.",
    },
    {
        "group": None,
        "title": "Reportagem fotográfica: visitas de estudo em Lisboa",
        "description": "Seleção comentada de fotografias das visitas de estudo presenciais e virtuais realizadas na quarta-feira.",
        "kind": "photo", "language": "pt", "edition": "2021-lisbon", "session_day": 3,
        "topics": ["local-development", "covid-recovery"],
        "authors": "João Pedro Mendes",
        "visibility": "public", "format": "pdf", "url": "",
        "body": """Esta reportagem reúne fotografias das visitas de estudo realizadas no dia 24 de novembro de 2021. Devido às restrições sanitárias, os participantes foram divididos em pequenos grupos presenciais, enquanto os participantes à distância acompanharam as visitas através de transmissões em direto.

Fotografia 1: Chegada de um grupo à sede de uma misericórdia no centro histórico de Lisboa. A diretora apresenta os serviços prestados durante a pandemia, incluindo refeições entregues ao domicílio a pessoas idosas isoladas.

Fotografia 2: Visita a uma cooperativa de habitação construída nos anos 1970. Os moradores explicam como a gestão coletiva permitiu manter rendas acessíveis num bairro sujeito à especulação imobiliária.

Fotografia 3: Um participante moçambicano conversa com membros de uma associação de desenvolvimento local sobre hortas comunitárias e formação profissional para jovens.

Fotografia 4: Ecrã da sala de conferências durante a ligação com os participantes à distância, que colocam perguntas em francês e espanhol com interpretação simultânea.

Fotografia 5: Oficina de costura de uma cooperativa social que produziu milhares de máscaras no início da pandemia e hoje desenvolve uma linha de roupa com tecidos reciclados.

Fotografia 6: Fotografia de grupo no Largo do Intendente no final do dia.

Todas as fotografias foram tiradas com o consentimento das pessoas retratadas e podem ser utilizadas em atividades de formação, com indicação da fonte.""",
    },
]
