// German: its phrases glossed onto the reader's canonical words. Nouns and their common
// inflections are listed as written; the infinitive that closes a statement ("30 Leads
// generieren") is a verb the reader moves to the front.
#include "../objective_language.hpp"

#include <iterator>

namespace goalpost::detail {

namespace {

constexpr std::string_view markers_list[] = {
    "und", "mit", "für", "bis", "von", "auf", "im", "um", "über", "durch", "zu", "zum", "zur",
    "der", "das", "dem", "ein", "eine", "einen", "einem", "einer", "wir", "unsere", "unser",
    "unseren", "mehr", "innerhalb", "monat", "monaten", "monate", "quartal", "jahr", "woche",
    "wochen", "tagen", "steigern", "erhöhen", "senken", "gewinnen", "generieren", "neue",
    "neuen", "neukunden", "umsatz", "bei", "als", "unter", "mindestens", "halten", "ende",
    "nächsten", "diesem", "dieses", "davon", "gegenüber", "vorjahr", "halbjahr", "erreichen",
    "verdoppeln", "soll", "wollen", "kunden", "anfragen", "jahresende", "höchstens",
    "steigerung", "reduzieren", "aller", "bzw", "sowie", "nach", "bestandskunden", "ziel",
};

// Phrase -> canonical words. Longer phrases win over their first words.
constexpr Gloss gloss_list[] = {
    // articles and pronouns carry nothing the reader needs
    {"der", ""}, {"die", ""}, {"das", ""}, {"den", ""}, {"dem", ""}, {"des", ""},
    {"ein", ""}, {"eine", ""}, {"einen", ""}, {"einem", ""}, {"einer", ""}, {"eines", ""},
    {"unsere", "our"}, {"unser", "our"}, {"unseren", "our"}, {"unserem", "our"},
    {"unserer", "our"}, {"unseres", "our"}, {"und", "and"}, {"sowie", "and"}, {"bzw", "or"},
    {"wir wollen", "we want"}, {"wir möchten", "we want"}, {"wir brauchen", "we need"},
    {"wir müssen", "we need"}, {"ich will", "i want"}, {"wir wünschen uns", "we want"},
    {"unser ziel ist", "our goal is"}, {"ziel ist es", "our goal is"}, {"ziel", ""},
    {"mehr", "more"}, {"weniger", "fewer"}, {"davon", "of them"}, {"hiervon", "of them"},
    {"wir", ""}, {"k", "thousand"}, {"gj #", "fy #"}, {"geschäftsjahr #", "fy #"},
    {"zweimal", "2 times"}, {"dreimal", "3 times"}, {"viermal", "4 times"}, {"fünfmal", "5 times"},
    {"mal", "times"}, {"onlineshops", "online store"}, {"online shops", "online store"},
    {"ersten quartal", "q 1"}, {"zweiten quartal", "q 2"}, {"dritten quartal", "q 3"},
    {"vierten quartal", "q 4"}, {"ersten quartals", "q 1"}, {"zweiten quartals", "q 2"},
    {"dritten quartals", "q 3"}, {"vierten quartals", "q 4"},
    {"von #%", "from #"}, {"um #%", "by #"}, {"um # prozentpunkte", "by # percentage points"},
    {"um # punkte", "by # points"}, {"warenkorb", "average order value"},
    {"durchschnittlichen warenkorb", "average order value"},
    {"durchschnittlicher warenkorb", "average order value"}, {"kundenanzahl", "customer count"},
    {"anzahl kunden", "customer count"}, {"terminbuchungen", "consultation bookings"},
    {"trial anmeldungen", "trial signups"}, {"newsletter anmeldungen", "newsletter sign ups"},
    {"kontaktformular", "website"}, {"preisseite", "pricing page"}, {"checkout", "checkout"},
    {"vortrag halten", "host a talk"}, {"zu kunden machen", "into customers"},
    {"zu kunden", "into customers"}, {"in kunden", "into customers"},
    {"zu neukunden", "into new customers"}, {"kundenzahl", "customer count"},
    // numbers, scales and units
    {"zwei", "two"}, {"drei", "three"}, {"vier", "four"}, {"fünf", "five"}, {"sechs", "six"},
    {"sieben", "seven"}, {"acht", "eight"}, {"neun", "nine"}, {"zehn", "ten"}, {"elf", "eleven"},
    {"zwölf", "twelve"}, {"zwanzig", "twenty"}, {"dreißig", "thirty"}, {"hundert", "hundred"},
    {"tausend", "thousand"}, {"tsd", "thousand"}, {"mio", "million"}, {"millionen", "million"},
    {"million", "million"}, {"mrd", "billion"}, {"milliarden", "billion"}, {"prozent", "percent"},
    {"prozentpunkte", "percentage points"}, {"prozentpunkten", "percentage points"},
    {"punkte", "points"}, {"punkten", "points"}, {"euro", "eur"}, {"franken", "chf"},
    {"zehnfach", "tenfold"}, {"verzehnfachung", "tenfold"}, {"verdopplung", "double"},
    {"verdoppelung", "double"}, {"halbierung", "halve"},
    // time
    {"innerhalb von", "within"}, {"innerhalb der nächsten", "within the next"},
    {"innerhalb", "within"}, {"binnen", "within"}, {"in den nächsten", "over the next"},
    {"in den kommenden", "over the next"}, {"im nächsten", "in the next"},
    {"in der nächsten", "in the next"}, {"nächsten", "next"}, {"nächste", "next"},
    {"kommenden", "next"}, {"ersten", "first"},
    {"tag", "day"}, {"tage", "days"}, {"tagen", "days"}, {"woche", "week"}, {"wochen", "weeks"},
    {"monat", "month"}, {"monate", "months"}, {"monaten", "months"}, {"monats", "month"},
    {"quartal", "quarter"}, {"quartale", "quarters"}, {"quartalen", "quarters"},
    {"quartals", "quarter"}, {"jahr", "year"}, {"jahre", "years"}, {"jahren", "years"},
    {"jahres", "year"}, {"geschäftsjahr", "fiscal year"}, {"geschäftsjahres", "fiscal year"},
    {"gj", "fy"}, {"halbjahr", "half year"}, {"halbjahres", "half year"},
    {"ersten halbjahr", "h 1"}, {"erstes halbjahr", "h 1"}, {"ersten halbjahres", "h 1"},
    {"zweiten halbjahr", "h 2"}, {"zweites halbjahr", "h 2"}, {"zweiten halbjahres", "h 2"},
    {"#. halbjahr", "h #"}, {"#. quartal", "q #"}, {"#. quartals", "q #"},
    {"dieses jahr", "this year"}, {"diesen monat", "this month"}, {"dieses quartal", "this quarter"},
    {"diese woche", "this week"}, {"in diesem jahr", "this year"}, {"in diesem monat", "this month"},
    {"in diesem quartal", "this quarter"}, {"im laufenden jahr", "this year"},
    {"im laufenden quartal", "this quarter"}, {"im laufenden monat", "this month"},
    {"bis jahresende", "by the end of the year"}, {"jahresende", "end of the year"},
    {"zum jahresende", "by the end of the year"}, {"bis zum jahresende", "by the end of the year"},
    {"quartalsende", "end of the quarter"}, {"monatsende", "end of the month"},
    {"ende des jahres", "end of the year"}, {"ende des quartals", "end of the quarter"},
    {"ende des monats", "end of the month"}, {"bis ende", "by the end of"},
    {"bis zum ende", "by the end of"}, {"ende", "end of"},
    {"bis zum", "by the"}, {"bis zur", "by the"}, {"bis", "by"}, {"spätestens", "by"},
    {"im", "in the"}, {"in", "in"}, {"während", "during"},
    {"weihnachten", "christmas"}, {"weihnachtsgeschäft", "holiday season"},
    {"weihnachtssaison", "holiday season"}, {"ostern", "easter"}, {"muttertag", "mothers day"},
    {"valentinstag", "valentines day"}, {"schulanfang", "back to school"},
    {"januar", "january"}, {"jänner", "january"}, {"februar", "february"}, {"märz", "march"},
    {"mai", "may"}, {"juni", "june"}, {"juli", "july"}, {"oktober", "october"},
    {"dezember", "december"},
    {"pro", "per"}, {"je", "per"}, {"im monat", "per month"}, {"in der woche", "per week"},
    {"monatlich", "monthly"}, {"wöchentlich", "weekly"}, {"täglich", "daily"},
    {"jährlich", "annually"}, {"quartalsweise", "quarterly"}, {"vs vorjahr", "year on year"},
    {"ggü vorjahr", "year on year"}, {"gegenüber vorjahr", "year on year"},
    {"gegenüber dem vorjahr", "year on year"}, {"im vergleich zum vorjahr", "year on year"},
    {"zum vorjahr", "year on year"}, {"vorjahr", "last year"},
    // amounts and comparators
    {"von # auf #", "from # to #"}, {"von # %", "from # %"}, {"auf #", "to #"},
    {"um #", "by #"}, {"um die hälfte", "by half"}, {"von", "from"}, {"auf", "on"},
    {"über #", "above #"}, {"über", "via"}, {"per", "via"}, {"mittels", "via"},
    {"unter", "under"}, {"unterhalb von", "below"}, {"höchstens", "at most"},
    {"maximal", "at most"}, {"max", "max"}, {"mindestens", "at least"}, {"min", "at least"},
    {"nicht mehr als", "no more than"}, {"weniger als", "less than"}, {"mehr als", "more than"},
    {"von max", "at most"}, {"von maximal", "at most"}, {"von unter", "under"},
    {"von höchstens", "at most"}, {"von mindestens", "at least"}, {"bei", "at"},
    {"mit", "with"}, {"für", "for"}, {"zu", "to"}, {"zum", "to the"}, {"zur", "to the"},
    {"aus", "from"}, {"durch", "through"}, {"unter den", "among"}, {"bei den", "among"},
    {"steigerung", "increase"}, {"wachstum", "growth"}, {"anstieg", "increase"},
    {"plus", "increase"}, {"senkung", "reduction"}, {"reduktion", "reduction"},
    {"reduzierung", "reduction"}, {"rückgang", "decrease"}, {"verbesserung", "improvement"},
    // metrics
    {"neukunden", "new customers"}, {"neukunde", "new customer"}, {"kunden", "customers"},
    {"kunde", "customer"}, {"neue kunden", "new customers"}, {"neuen kunden", "new customers"},
    {"bestandskunden", "existing customers"}, {"zahlende kunden", "paying customers"},
    {"zahlenden kunden", "paying customers"}, {"aktive kunden", "active customers"},
    {"kundenstamm", "customer base"}, {"neue", "new"}, {"neuen", "new"}, {"neuer", "new"},
    {"umsatz", "revenue"}, {"umsätze", "revenue"}, {"umsatzes", "revenue"},
    {"online umsatz", "online revenue"}, {"erlöse", "revenue"}, {"verkäufe", "sales"},
    {"abverkauf", "sales"}, {"bestellungen", "orders"}, {"bestellung", "order"},
    {"aufträge", "orders"}, {"auftragseingang", "orders"}, {"käufe", "purchases"},
    {"abschlüsse", "deals"}, {"deals", "deals"}, {"anfragen", "enquiries"}, {"anfrage", "enquiry"},
    {"kontaktanfragen", "enquiries"}, {"demo anfragen", "demo requests"},
    {"demoanfragen", "demo requests"}, {"terminanfragen", "enquiries"},
    {"angebotsanfragen", "quote requests"}, {"registrierungen", "registrations"},
    {"anmeldungen", "sign ups"}, {"abonnenten", "subscribers"},
    {"newsletter abonnenten", "newsletter subscribers"}, {"reichweite", "reach"},
    {"impressionen", "impressions"}, {"klicks", "clicks"}, {"klickrate", "click through rate"},
    {"besucher", "visitors"}, {"besuche", "visits"}, {"sitzungen", "sessions"},
    {"seitenaufrufe", "page views"}, {"aufrufe", "views"}, {"öffnungsrate", "open rate"},
    {"absprungrate", "bounce rate"}, {"bewertungen", "reviews"}, {"rezensionen", "reviews"},
    {"sterne bewertung", "star rating"}, {"konversionsrate", "conversion rate"},
    {"conversionrate", "conversion rate"}, {"konversionen", "conversions"},
    {"abschlussquote", "win rate"}, {"abschlussrate", "win rate"}, {"gewinnrate", "win rate"},
    {"marktanteil", "market share"}, {"marktanteile", "market share"},
    {"kundenbindung", "retention"}, {"kundenbindungsrate", "retention"},
    {"wiederkaufrate", "repeat purchase rate"}, {"kündigungsrate", "churn"},
    {"kündigerquote", "churn"}, {"abwanderungsrate", "churn"}, {"abwanderung", "churn"},
    {"markenbekanntheit", "brand awareness"}, {"bekanntheit", "brand awareness"},
    {"gestützte markenbekanntheit", "aided awareness"}, {"gestützte bekanntheit", "aided awareness"},
    {"ungestützte markenbekanntheit", "unaided awareness"},
    {"ungestützte bekanntheit", "unaided awareness"}, {"rohertrag", "gross profit"},
    {"deckungsbeitrag", "gross profit"}, {"bruttomarge", "gross margin"},
    {"verkaufschancen", "opportunities"}, {"termine", "meetings"}, {"erstgespräche", "meetings"},
    {"erstgespräch", "meeting"}, {"beratungsgespräche", "consultations"},
    {"kosten pro lead", "cost per lead"}, {"kosten pro neukunde", "cost per customer"},
    {"kosten pro kunde", "cost per customer"}, {"kosten pro akquisition", "cost per acquisition"},
    {"kosten pro klick", "cost per click"}, {"kosten pro bestellung", "cost per sale"},
    {"kosten pro verkauf", "cost per sale"}, {"kundenakquisitionskosten", "customer acquisition cost"},
    {"akquisitionskosten", "acquisition cost"}, {"warenkorbwert", "average order value"},
    {"durchschnittlicher warenkorbwert", "average order value"},
    {"durchschnittlichen warenkorbwert", "average order value"},
    {"bestellwert", "average order value"}, {"interaktionsrate", "engagement rate"},
    {"interaktionen", "engagement"}, {"erwähnungen", "mentions"}, {"testnutzer", "trials"},
    {"probeabos", "trials"}, {"testversionen", "trials"}, {"mitglieder", "members"},
    {"spenden", "donations"}, {"spender", "donors"}, {"bewerbungen", "applications"},
    {"buchungen", "bookings"}, {"reservierungen", "reservations"}, {"teilnehmer", "attendees"},
    {"webinar teilnehmer", "webinar attendees"}, {"empfehlungen", "referrals"},
    {"kundenlebenszeitwert", "lifetime value"}, {"follower", "followers"},
    {"fans", "followers"}, {"qualifizierte leads", "qualified leads"},
    {"qualifizierten leads", "qualified leads"}, {"kundenzufriedenheit", "nps"},
    // channels, audiences, places
    {"e mail", "email"}, {"e mails", "email"}, {"e mail marketing", "email"},
    {"e mailings", "email"}, {"mailings", "direct mail"}, {"auf messen", "at events"},
    {"messen", "events"}, {"messe", "events"}, {"veranstaltungen", "events"},
    {"webinare", "webinars"}, {"empfehlungsprogramm", "referral"},
    {"suchmaschinenwerbung", "paid search"}, {"sea", "paid search"},
    {"onlineshop", "online store"}, {"online shop", "online store"}, {"webshop", "webshop"},
    {"kaltakquise", "outbound"}, {"außendienst", "outbound"}, {"direktmarketing", "direct mail"},
    {"außenwerbung", "out of home"}, {"plakate", "out of home"}, {"fernsehen", "tv"},
    {"bewertungsportale", "review sites"}, {"marktplätze", "marketplaces"},
    {"partnerprogramm", "partners"}, {"händler", "partners"}, {"vertriebspartner", "channel partners"},
    {"dach region", "dach"}, {"deutschland", "germany"}, {"österreich", "austria"},
    {"schweiz", "switzerland"}, {"mittelstand", "sme"}, {"mittelständische unternehmen", "smes"},
    {"mittelständischen unternehmen", "smes"}, {"kmu", "sme"}, {"bestandskunde", "existing customer"},
    {"entscheider", "decision makers"}, {"entscheidern", "decision makers"},
    {"unternehmen", "companies"}, {"website", "website"}, {"landingpage", "landing page"},
};

// Verbs, as infinitives and as used after "wir"; a closing one leads its clause.
constexpr Gloss verb_list[] = {
    {"einbauen", "install"}, {"bewerben", "advertise"}, {"qualifizieren", "convert"},
    {"anbinden", "implement"}, {"integrieren", "implement"}, {"aufnehmen", "record"},
    {"steigern", "increase"}, {"erhöhen", "increase"}, {"ausbauen", "grow"},
    {"verbessern", "improve"}, {"wachsen", "grow"}, {"vergrößern", "grow"},
    {"senken", "reduce"}, {"reduzieren", "reduce"}, {"verringern", "reduce"},
    {"minimieren", "minimise"}, {"halbieren", "halve"}, {"verdoppeln", "double"},
    {"verdreifachen", "triple"}, {"verzehnfachen", "tenfold"}, {"erreichen", "reach"},
    {"generieren", "generate"}, {"gewinnen", "win"}, {"erzielen", "achieve"},
    {"abschließen", "close"}, {"akquirieren", "acquire"}, {"sichern", "secure"},
    {"buchen", "book"}, {"konvertieren", "convert"}, {"umwandeln", "convert"},
{"halten", "keep"}, {"bleiben", "stay"},
    {"liegen", "stay"}, {"starten", "launch"}, {"launchen", "launch"},
    {"veröffentlichen", "publish"}, {"posten", "post"}, {"schalten", "run"},
    {"versenden", "send"}, {"verschicken", "send"}, {"erstellen", "create"},
    {"organisieren", "organise"}, {"durchführen", "run"}, {"einführen", "introduce"},
    {"relaunchen", "redesign"}, {"aufsetzen", "set up"}, {"testen", "test"},
    {"produzieren", "produce"}, {"überarbeiten", "redesign"}, {"umsetzen", "implement"},
    {"implementieren", "implement"}, {"optimieren", "optimise"}, {"automatisieren", "automate"},
    {"schulen", "train"}, {"einstellen", "hire"}, {"drehen", "film"}, {"schreiben", "write"},
    {"ausrollen", "roll out"}, {"migrieren", "migrate"}, {"besuchen", "attend"},
    {"ausstellen", "exhibit"}, {"sponsern", "sponsor"}, {"veranstalten", "host"},
    {"hosten", "host"}, {"gestalten", "design"}, {"übersetzen", "translate"},
    {"aktualisieren", "update"}, {"entwickeln", "develop"}, {"aufbauen", "build"},
    {"tracken", "track"}, {"beobachten", "monitor"},
    {"überwachen", "monitor"}, {"reporten", "report"}, {"verfolgen", "track"},
    {"etablieren", "establish"}, {"werden", "become"}, {"positionieren", "position"},
    {"stärken", "strengthen"}, {"erschließen", "enter"},
};

constexpr std::string_view hints_list[] = {
    "S: keine Kennzahl genannt; sagen Sie, was gemessen wird, etwa \"qualifizierte Leads\", \"Neukunden\" oder \"Umsatz\"",
    "S: {0} woher oder für wen? Nennen Sie einen Kanal (\"über Google Ads\"), ein Segment (\"im Mittelstand\") oder ein Produkt",
    "M: eine Zahl wie 1,500 heißt auf Englisch 1500 und auf Deutsch 1,5 und wurde daher nicht gelesen; schreiben Sie 1500 oder 1,5",
    "M: keine Zahl; nennen Sie ein Ziel wie \"30 Leads pro Monat\" oder \"um 25 %\"",
    "A: ohne Zielwert nicht zu beurteilen",
    "A: das {0}-Fache des heutigen Werts oder mehr ist ein Moonshot, kein Plan; setzen Sie ein Ziel unter dem {0}-Fachen",
    "A: eine Quote von 100 % oder mehr ist nicht erreichbar; setzen Sie ein Ziel unter 100 %",
    "A: eine so tiefe und schnelle Senkung ist so steil wie {0} Wachstum pro Monat, mehr als die erreichbaren {1} pro Monat; senken Sie weniger stark oder lassen Sie mehr Zeit",
    "A: braucht {0} Wachstum pro Monat, mehr als die erreichbaren {1} pro Monat; senken Sie das Ziel oder lassen Sie mehr Zeit",
    "A: die Größe des Sprungs ist unbekannt; geben Sie den heutigen Wert als Argument baseline an",
    "A: der Ausgangswert erfüllt das Ziel schon; setzen Sie eines über dem heutigen Wert",
    "R: kein Geschäftsergebnis; messen Sie qualifizierte Leads, Pipeline, Kunden oder Umsatz",
    "R: {0} allein ist Aktivität, kein Geschäftsergebnis; verknüpfen Sie es mit qualifizierten Leads, Kunden oder Umsatz, etwa \"und 10 % davon zu Kunden machen\"",
    "T: ein Datum wie 03/04/2026 kann der 3. April oder der 4. März sein und wurde nicht gelesen; schreiben Sie 3. April 2026 oder 2026-04-03",
    "T: eine Rate pro {0} hat kein Enddatum; ergänzen Sie eines wie \"innerhalb von 3 Monaten\" oder \"bis 31. März\"",
    "T: keine Frist; ergänzen Sie eine wie \"innerhalb von 3 Monaten\" oder \"bis 31. März\"",
};
static_assert(std::size(hints_list) == static_cast<std::size_t>(Hint::count));

constexpr std::string_view period_names_list[] = {"Tag", "Woche", "Monat", "Quartal", "Jahr"};

// OBJECTIVECHECK's reasons, in the order of Reason.
constexpr std::string_view check_reasons_list[] = {
    "Tag {0} von {1}; beurteilbar ab Tag {2}, Kampagnen brauchen etwa eine Woche Daten, bevor ihre Zahlen etwas aussagen", // too_early_of
    "Tag {0}; beurteilbar ab Tag {1}, Kampagnen brauchen etwa eine Woche Daten, bevor ihre Zahlen etwas aussagen", // too_early
    "{0} {1} bisher; {3} erwartet bis {2} bei {4} pro {5}", // total_progress_rate
    "{0} {1} bisher; {3} erwartet bis {2} auf dem Weg zu {4}", // total_progress
    "{0} von {1} {2} bis Tag {3}", // total_achieved
    " ({0} des Plans) über den ganzen Zeitraum", // pace_whole
    " ({0} des Plans)", // pace
    "; der Zeitraum endete an Tag {0}", // ended
    "; so wenige Ereignisse, dass der Zufall den Rückstand erklären könnte", // chance
    "{0} {1} in {2} Tagen, {3} pro {4}, gegenüber einem Pfad von {5} auf {6} pro {4}, der bis jetzt {7} erwartet", // flow_progress
    "{0} {1} in {2} Tagen, gegenüber einem Pfad von {3} auf {4} pro {5}, der bis jetzt {6} erwartet", // flow_progress_start
    "{0} {1} pro {2} im Schnitt über {3} Tage, auf dem Zielwert von {4} pro {2}", // flow_achieved
    "; der Zeitraum endete an Tag {0} mit dem Schnitt unter dem Zielwert; prüfen Sie die Zahl des letzten Zeitraums ({1})", // flow_ended_below
    "; der Zeitraum endete an Tag {0} mit dem Schnitt über dem Zielwert; prüfen Sie die Zahl des letzten Zeitraums ({1})", // flow_ended_above
    "{0} gegenüber dem Ziel von {1}", // level_against
    ", erreicht", // met
    ", noch nicht erreicht; geben Sie den Ausgangswert (baseline) an, um den Fortschritt zu messen", // not_met_give_baseline
    ", {0} des Weges an Tag {1} von {2} ({3} des Plans)", // level_progress
    "{0}{1} gegenüber einer Obergrenze von {2}", // cap_against
    "{0}{1} gegenüber einer Untergrenze von {2}", // floor_against
    ", bisher eingehalten", // held_so_far
    ", bis zum Ende eingehalten", // held_to_end
    ", darüber an Tag {0}; frühe Zahlen schwanken, beurteilbar ab Tag {1}", // above_it_early
    ", darunter an Tag {0}; frühe Zahlen schwanken, beurteilbar ab Tag {1}", // below_it_early
    ", überschritten", // broken
    ", nicht gehalten", // not_held
    "{0} {1} in {2} Tagen; ein Wert pro {3} wird ab Tag {4} beurteilt", // flow_keep_early
    " pro {0} im Schnitt", // per_on_average
    "; noch keine {0} für {1} Ausgaben, über der Obergrenze von {2}", // cost_none_yet
    "; {0} {1} liegt über der Obergrenze von {2}", // cost_above
    "; {0} {1} liegt innerhalb der Obergrenze von {2}", // cost_within
    "; noch nichts zu konvertieren", // nothing_to_convert
    "; Konversion {0} ({1} bis {2}) liegt unter dem Ziel von {3}", // conversion_below
    "; Konversion {0} liegt über dem Ziel von {1}", // conversion_above
    "; zu früh, um die Konversion zu beurteilen: {0} ({1} bis {2}) schließt das Ziel von {3} noch ein", // conversion_unclear
    "{0} {1} wäre {2} von {3}, was 100 % nicht übersteigen kann; geben Sie {4} % als {5} ein oder tippen Sie das %-Zeichen mit", // impossible_share
    "eine Veränderung ({0}) braucht den Wert davor: geben Sie das Argument baseline an (eine leere Zelle zählt als 0, und eine Veränderung von 0 aus bedeutet nichts)", // needs_baseline
    "{0} Prozentpunkte", // points
    "die Frist ist ein Ereignis ohne festes Datum (etwa der Prime Day); schreiben Sie sein Datum, etwa \"bis 15. Juli\", und geben Sie das Startdatum an", // unscheduled_event
    "die Frist ist ein Kalenderdatum; geben Sie das Argument start_date an (den Tag, an dem das Ziel begann), oder nennen Sie eine Dauer wie \"innerhalb von 90 Tagen\"", // needs_start_date
    "keine Kennzahl genannt; sagen Sie, was gemessen wird, etwa \"qualifizierte Leads\", \"Neukunden\" oder \"Umsatz\"", // no_metric
    "ein Istwert von 0 (oder eine leere Zelle) kann keine Senkung und keine eingehaltene Obergrenze zeigen: geben Sie den heutigen Wert ein", // zero_actual
    "eine Senkung um 100 % oder mehr lässt nichts zu messen", // cut_everything
    "eine Zahl wie 1,500 heißt 1,5 oder 1500 und wurde daher nicht gelesen: schreiben Sie 1500 oder 1,5", // ambiguous_number
    "keine Zahl; nennen Sie ein Ziel wie \"30 Leads pro Monat\" oder \"um 25 %\"", // no_number
    "ein Ziel von 0 verpflichtet zu nichts: nennen Sie, wie viele", // zero_target
    "eine Anzahl, die sinken soll, wird an ihrem Wert pro Zeitraum gemessen: geben Sie als baseline den Wert pro Monat vor dem Ziel an", // count_down_needs_baseline
    "{0}, das Ziel ist {1}", // achieved_no_frame
    "ein Datum wie 03/04/2026 kann der 3. April oder der 4. März sein und wurde nicht gelesen: schreiben Sie 3. April 2026", // ambiguous_date
    "keine Frist; ergänzen Sie eine wie \"innerhalb von 3 Monaten\" oder \"bis 31. März\"", // no_deadline
    "die Frist liegt vor dem Startdatum: prüfen Sie start_date oder das Jahr der Frist", // deadline_before_start
    "Tag {0} von {1}", // day_of_frame
    "Tag {0}", // day_only
    "{0} {1} bisher", // so_far
    "der Zeitraum beginnt heute; beurteilbar ab Tag {0}, Kampagnen brauchen etwa eine Woche Daten, bevor ihre Zahlen etwas aussagen", // starts_today
};
static_assert(std::size(check_reasons_list) == static_cast<std::size_t>(Reason::count));

// The lists as the library keeps them: packed, without a relocation per word (packed_texts.hpp).
constexpr auto markers = pack<chars_of(markers_list)>(markers_list);
constexpr auto hints = pack<chars_of(hints_list)>(hints_list);
constexpr auto period_names = pack<chars_of(period_names_list)>(period_names_list);
constexpr auto check_reasons = pack<chars_of(check_reasons_list)>(check_reasons_list);
constexpr auto glosses = pack<chars_of(gloss_list)>(gloss_list);
constexpr auto verbs = pack<chars_of(verb_list)>(verb_list);

constexpr LanguageTables tables{
    .language = Language::german,
    .markers = markers.table(),
    .glosses = GlossTable(glosses.table()),
    .verbs = GlossTable(verbs.table()),
    .hints = hints.table(),
    .period_names = period_names.table(),
    .check_reasons = check_reasons.table(),
    .thousands_dot = true,
    .day_first = true,
    .verb_last = true,
};

} // namespace

const LanguageTables& german_tables() { return tables; }

} // namespace goalpost::detail
