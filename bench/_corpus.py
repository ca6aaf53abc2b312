"""Seeded, SSE-themed text in four languages, shared by the benchmarks.

Nothing here touches the app: it only makes words, titles, authors and queries, all from a
`random.Random` given by the caller, so a run with the same seed produces the same corpus.

Word frequencies follow a Zipf-like law (weight 1/rank) over a real vocabulary per language
(accents included) followed by a long tail of pseudo-words (weight 1/(rank+10)), so the index has a realistic
dictionary: a few very common terms, many rare ones.
"""
import math
import random
from itertools import accumulate

LANGUAGES = ("en", "fr", "es", "pt")

FUNCTION_WORDS = {
    "en": "the of and to in a for with on by is are that this as from at which their its be has have "
          "was were been an or not more all into between through".split(),
    "fr": "le la les de des du et à en un une pour avec sur par est sont que qui dans ce cette leur leurs "
          "au aux plus entre ou ne pas été comme".split(),
    "es": "el la los las de del y a en un una para con sobre por es son que este esta su sus al más entre "
          "o no ha han como desde".split(),
    "pt": "o a os as de do da dos das e em um uma para com sobre por é são que este esta seu sua no na "
          "mais entre ou não como pelo pela".split(),
}

CONTENT_WORDS = {
    "en": """economy social solidarity cooperative cooperatives decent work workers enterprise enterprises
        community development local policy policies public financing women youth employment informal
        transition green innovation network networks members democratic governance ownership mutual
        association associations foundation sustainable training knowledge academy participants session
        experience experiences practice practices housing agriculture farmers care health microfinance
        credit unions federation territory municipal partnership recovery crisis resilience inclusion
        poverty income markets fair trade consumers producers platform digital education research
        measurement statistics law legal framework recognition strategy ecosystem entrepreneurship value
        impact people rights protection cities rural urban migrants refugees equality gender climate
        energy renewable waste circular tourism culture society cooperation employers organisations
        learning exchange regional national international programme agenda report summary presentation
        workshop visit speakers panel debate capacity building savings insurance solidarity-based""".split(),
    "fr": """économie sociale solidaire coopérative coopératives travail décent travailleurs entreprise
        entreprises communauté développement local politique politiques publiques financement femmes jeunes
        emploi informelle transition verte innovation réseau réseaux membres démocratique gouvernance
        propriété mutuelle mutuelles association associations fondation durable formation connaissances
        académie participants séance expérience expériences pratiques logement agriculture agriculteurs
        soins santé microfinance crédit syndicats fédération territoire municipal partenariat relance crise
        résilience inclusion pauvreté revenu marché marchés équitable commerce consommateurs producteurs
        plateforme numérique éducation recherche mesure statistiques loi juridique cadre reconnaissance
        stratégie écosystème entrepreneuriat valeur impact personnes droits protection villes rurale
        urbaine migrants réfugiés égalité genre climat énergie renouvelable déchets circulaire tourisme
        culture société coopération employeurs organisations apprentissage échange régional national
        international programme ordre rapport synthèse présentation atelier visite intervenants table ronde
        renforcement capacités épargne assurance""".split(),
    "es": """economía social solidaria cooperativa cooperativas trabajo decente trabajadores empresa empresas
        comunidad desarrollo local política políticas públicas financiación mujeres jóvenes empleo informal
        transición verde innovación red redes miembros democrática gobernanza propiedad mutual mutuales
        asociación asociaciones fundación sostenible formación conocimiento academia participantes sesión
        experiencia experiencias prácticas vivienda agricultura agricultores cuidados salud microfinanzas
        crédito sindicatos federación territorio municipal alianza recuperación crisis resiliencia inclusión
        pobreza ingresos mercado mercados justo comercio consumidores productores plataforma digital
        educación investigación medición estadísticas ley jurídico marco reconocimiento estrategia
        ecosistema emprendimiento valor impacto personas derechos protección ciudades rural urbana migrantes
        refugiados igualdad género clima energía renovable residuos circular turismo cultura sociedad
        cooperación empleadores organizaciones aprendizaje intercambio regional nacional internacional
        programa agenda informe resumen presentación taller visita ponentes mesa redonda fortalecimiento
        capacidades ahorro seguro""".split(),
    "pt": """economia social solidária cooperativa cooperativas trabalho decente trabalhadores empresa empresas
        comunidade desenvolvimento local política políticas públicas financiamento mulheres jovens emprego
        informal transição verde inovação rede redes membros democrática governança propriedade mútua
        mútuas associação associações fundação sustentável formação conhecimento academia participantes
        sessão experiência experiências práticas habitação agricultura agricultores cuidados saúde
        microfinanças crédito sindicatos federação território municipal parceria recuperação crise
        resiliência inclusão pobreza renda mercado mercados justo comércio consumidores produtores
        plataforma digital educação pesquisa medição estatísticas lei jurídico quadro reconhecimento
        estratégia ecossistema empreendedorismo valor impacto pessoas direitos proteção cidades rural
        urbana migrantes refugiados igualdade gênero clima energia renovável resíduos circular turismo
        cultura sociedade cooperação empregadores organizações aprendizagem intercâmbio regional nacional
        internacional programa agenda relatório resumo apresentação oficina visita palestrantes mesa
        redonda fortalecimento capacidades poupança seguro""".split(),
}

#: Multi-word SSE terms (most are glossary terms), inserted whole into the texts.
PHRASES = {
    "en": ["social and solidarity economy", "social economy", "decent work", "informal economy",
           "solidarity economy", "local development", "public policies", "social enterprise", "fair trade",
           "green transition", "future of work", "youth employment", "South-South cooperation"],
    "fr": ["économie sociale et solidaire", "économie sociale", "travail décent", "économie informelle",
           "économie solidaire", "développement local", "politiques publiques", "entreprise sociale",
           "commerce équitable", "transition verte", "avenir du travail", "emploi des jeunes",
           "coopération Sud-Sud"],
    "es": ["economía social y solidaria", "economía social", "trabajo decente", "economía informal",
           "economía solidaria", "desarrollo local", "políticas públicas", "empresa social", "comercio justo",
           "transición verde", "futuro del trabajo", "empleo juvenil", "cooperación Sur-Sur"],
    "pt": ["economia social e solidária", "economia social", "trabalho decente", "economia informal",
           "economia solidária", "desenvolvimento local", "políticas públicas", "empresa social",
           "comércio justo", "transição verde", "futuro do trabalho", "emprego jovem", "cooperação Sul-Sul"],
}

TITLE_OPENERS = {
    "en": ["Report on", "Notes on", "Lessons from", "Session summary:", "Reading:", "Presentation:", "Agenda:"],
    "fr": ["Rapport sur", "Notes sur", "Leçons de", "Synthèse de séance :", "Lecture :", "Présentation :",
           "Ordre du jour :"],
    "es": ["Informe sobre", "Notas sobre", "Lecciones de", "Resumen de sesión:", "Lectura:", "Presentación:",
           "Agenda:"],
    "pt": ["Relatório sobre", "Notas sobre", "Lições de", "Resumo da sessão:", "Leitura:", "Apresentação:",
           "Agenda:"],
}

GIVEN_NAMES = ["Ana", "João", "Marie", "Pierre", "Carmen", "Luis", "Fatima", "Kwame", "Min-jun", "Sofia",
               "Thandi", "Rachid", "Helena", "Diego", "Chloé", "Nadia", "Paulo", "Inés", "Samuel", "Aïcha"]
FAMILY_NAMES = ["Silva", "Dubois", "García", "Moreau", "Ndlovu", "Kim", "Benali", "Santos", "Rossi",
                "Fernández", "Lefèvre", "Okafor", "Pereira", "Martínez", "Haddad", "Costa", "Nkosi", "Park"]

#: Editions (slug, year, city) as seeded by brain.archive.demo.seed_editions.
EDITION_NUMBERS = list(range(1, 13))

TOPICS = ["south-south-cooperation", "decent-work", "public-policies", "financing", "womens-empowerment",
          "informal-economy", "green-transition", "covid-recovery", "cooperatives", "local-development",
          "future-of-work", "youth-employment"]

KINDS_WITH_FILES = ["agenda", "summary", "presentation", "reading", "report", "other"]

_SYLLABLES = {
    "en": (["bra", "cor", "den", "fal", "gri", "hol", "jas", "kel", "lom", "mar", "nor", "pel", "quin", "ros",
            "sel", "tor", "val", "wen"], ["ing", "ness", "ment", "ers", "ed", "ity", "ion", "al", "ly", "s"]),
    "fr": (["bré", "cor", "dan", "fal", "gri", "hol", "jas", "kel", "lom", "mar", "nor", "pel", "qui", "ros",
            "sel", "tor", "val", "vé"], ["ement", "ation", "eux", "ière", "ité", "age", "ons", "ée", "ais", "s"]),
    "es": (["bra", "cor", "den", "fal", "gri", "hol", "jas", "kel", "lom", "mar", "nor", "pel", "quin", "ros",
            "sel", "tor", "val", "ñu"], ["ación", "miento", "idad", "ero", "ando", "ías", "ez", "ado", "ismo", "s"]),
    "pt": (["bra", "cor", "den", "fal", "gri", "hol", "jas", "kel", "lom", "mar", "nor", "pel", "quin", "ros",
            "sel", "tor", "val", "lhã"], ["ação", "mento", "idade", "eiro", "ando", "ões", "ez", "ado", "ismo", "s"]),
}
TAIL_SIZE = 3000


def _tail_words(language: str) -> list[str]:
    """A fixed long tail of pseudo-words with the language's endings (same for every seed)."""
    starts, ends = _SYLLABLES[language]
    rng = random.Random(f"tail-{language}")
    words = set()
    while len(words) < TAIL_SIZE:
        words.add("".join(rng.choice(starts) for _ in range(rng.randint(1, 3))) + rng.choice(ends))
    return sorted(words)


class Vocabulary:
    """One language's weighted words, ready for fast sampling."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.function = FUNCTION_WORDS[language]
        self.content = list(dict.fromkeys(CONTENT_WORDS[language]))
        self.tail = _tail_words(language)
        self.words = self.content + self.tail
        self.cum_weights = list(accumulate(1.0 / (rank + 10) for rank in range(len(self.words))))
        self.phrases = PHRASES[language]

    def text(self, rng: random.Random, words: int) -> str:
        """Sentences totalling about `words` words."""
        sentences, count = [], 0
        while count < words:
            length = rng.randint(8, 18)
            tokens = []
            for _ in range(length):
                roll = rng.random()
                if roll < 0.35:
                    tokens.append(rng.choice(self.function))
                elif roll < 0.36:
                    tokens.append(rng.choice(self.phrases))
                else:
                    tokens.append(rng.choices(self.words, cum_weights=self.cum_weights)[0])
            sentence = " ".join(tokens)
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
            count += length
        return " ".join(sentences)

    def title(self, rng: random.Random) -> str:
        opener = rng.choice(TITLE_OPENERS[self.language])
        subject = rng.choice(self.phrases) if rng.random() < 0.6 else " ".join(
            rng.choices(self.content, k=rng.randint(2, 3)))
        return f"{opener} {subject} {rng.choice(self.content)}"


VOCABULARIES = {language: Vocabulary(language) for language in LANGUAGES}


def authors(rng: random.Random) -> str:
    return ", ".join(f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}" for _ in range(rng.randint(1, 3)))


# Queries ---------------------------------------------------------------------------------------

#: Folded forms of accented words, typed without accents.
ACCENTLESS = ["economia", "economie", "cooperacao", "cooperacion", "societe", "educacao", "educacion",
              "solidaria", "developpement", "politicas", "inclusao", "inclusion", "transicao", "transicion",
              "financiacion", "genero", "energia", "protecao", "proteccion", "reseau", "resilience",
              "mutuelle", "cooperative", "experiencia", "habitacao", "pobreza", "sessao", "seance",
              "estrategia", "recuperacao"]

#: Terms that the glossary expands into the other languages.
GLOSSARY_QUERIES = ["trabajo decente", "économie sociale", "decent work", "economia solidaria",
                    "economía informal", "développement local", "social enterprise", "comercio justo",
                    "informal economy", "économie sociale et solidaire", "trabalho decente", "desarrollo local",
                    "economia social", "social and solidarity economy", "politiques publiques",
                    "public policies", "cooperativas", "coopératives", "travail décent", "fair trade"]

CATEGORIES = ("single", "two_words", "phrase", "filter", "accentless", "glossary")


def _common_word(rng: random.Random, language: str, top: int = 120) -> str:
    """A word of the real vocabulary, uniformly among its `top` most frequent: common to fairly rare."""
    return rng.choice(VOCABULARIES[language].content[:top])


def make_queries(rng: random.Random, editions: list[str], total: int = 200) -> list[dict]:
    """A fixed mix of queries: dicts with category, q and optional filters (language, edition, kind)."""
    shares = {"single": 40, "two_words": 35, "phrase": 30, "filter": 35, "accentless": 30, "glossary": 30}
    scale = total / sum(shares.values())
    queries: list[dict] = []
    for category, share in shares.items():
        for _ in range(max(1, round(share * scale))):
            language = rng.choice(LANGUAGES)
            entry = {"category": category}
            if category == "single":
                entry["q"] = _common_word(rng, language, top=200)
            elif category == "two_words":
                entry["q"] = f"{_common_word(rng, language)} {_common_word(rng, language)}"
            elif category == "phrase":
                phrase = rng.choice([p for p in PHRASES[language] if " " in p])
                entry["q"] = f'"{phrase}"'
            elif category == "filter":
                entry["q"] = _common_word(rng, language)
                which = rng.choice(("language", "edition", "kind"))
                if which == "language":
                    entry["language"] = rng.choice(LANGUAGES)
                elif which == "edition":
                    entry["edition"] = rng.choice(editions)
                else:
                    entry["kind"] = rng.choice(KINDS_WITH_FILES)
            elif category == "accentless":
                entry["q"] = rng.choice(ACCENTLESS)
            else:
                entry["q"] = rng.choice(GLOSSARY_QUERIES)
            queries.append(entry)
    return queries[:total]


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of a list of numbers (0 for an empty list)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]
