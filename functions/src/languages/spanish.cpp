// Spanish (Spain): its phrases glossed onto the reader's canonical words. Verb first, as in
// English; "un 20 %" and "en un 20 %" are a change by 20%.
#include "../objective_language.hpp"

#include <iterator>

namespace goalpost::detail {

namespace {

constexpr std::string_view markers_list[] = {
    "el", "los", "las", "del", "al", "y", "para", "por", "con", "una", "nuestro", "nuestra",
    "nuestros", "nuestras", "mes", "meses", "año", "semanas", "días", "aumentar", "reducir",
    "alcanzar", "generar", "conseguir", "duplicar", "mantener", "más", "menos", "finales",
    "cada", "próximos", "próximas", "antes", "hasta", "nuevos", "nuevas", "clientes",
    "ventas", "facturación", "tasa", "queremos", "lograr", "captar", "cerrar", "hacer",
    "solicitudes", "tráfico", "fidelización", "cuota", "mercado", "seguimiento", "necesitamos",
    "mejorar", "inferior", "superior", "ejercicio", "primer", "segundo", "tercer", "cuarto",
};

constexpr Gloss gloss_list[] = {
    // articles and small words
    {"el", ""}, {"la", ""}, {"los", ""}, {"las", ""}, {"un", ""}, {"una", ""}, {"unos", ""},
    {"unas", ""}, {"lo", ""}, {"nuestro", "our"}, {"nuestra", "our"}, {"nuestros", "our"},
    {"nuestras", "our"}, {"y", "and"}, {"e", "and"}, {"o", "or"},
    {"queremos", "we want"}, {"quiero", "i want"}, {"necesitamos", "we need"},
    {"nos gustaría", "we want"}, {"nuestro objetivo es", "our goal is"}, {"objetivo", ""},
    {"más", "more"}, {"menos", "fewer"}, {"de ellos", "of them"}, {"de ellas", "of them"},
    {"vamos a", ""}, {"a la mitad", "by half"}, {"en un #%", "by #"}, {"un #%", "by #"},
    {"veces", "times"}, {"vender más", "increase sales"}, {"mercado español", "in spain"},
    {"italia", "italy"}, {"cuentas", "accounts"},
    {"en #%", "by #"}, {"en # puntos", "by # points"}, {"millones de euros", "million eur"},
    {"millones de €", "million eur"}, {"mil euros", "thousand eur"}, {"ejercicio #", "fy #"},
    {"convertir el #%", "convert # of them"}, {"convertir un #%", "convert # of them"},
    {"en oportunidades", "into opportunities"}, {"en clientes", "into customers"},
    {"pruebas de conducción", "test drive"}, {"reservas de pruebas de conducción", "test drive bookings"},
    {"citas reservadas", "appointments"}, {"citas", "appointments"}, {"demos solicitadas", "demo requests"},
    {"cobertura de pipeline", "pipeline coverage"}, {"tiendas", "stores"},
    // numbers, scales and units
    {"dos", "two"}, {"tres", "three"}, {"cuatro", "four"}, {"cinco", "five"}, {"seis", "six"},
    {"siete", "seven"}, {"ocho", "eight"}, {"nueve", "nine"}, {"diez", "ten"}, {"doce", "twelve"},
    {"veinte", "twenty"}, {"treinta", "thirty"}, {"cien", "hundred"}, {"mil", "thousand"},
    {"k", "thousand"}, {"m", "million"}, {"millones", "million"}, {"millón", "million"},
    {"mm", "million"}, {"por ciento", "percent"}, {"puntos porcentuales", "percentage points"},
    {"puntos", "points"}, {"p p", "pp"}, {"euros", "eur"}, {"dólares", "usd"},
    // time
    {"antes de", "by"}, {"antes del", "by the"}, {"hasta", "by"}, {"a más tardar", "by"},
    {"para", "by"}, {"en # meses", "within # months"}, {"en # días", "within # days"},
    {"en # semanas", "within # weeks"}, {"en # años", "within # years"},
    {"en # trimestres", "within # quarters"}, {"en los próximos # meses", "within the next # months"},
    {"en los próximos # días", "within the next # days"},
    {"en las próximas # semanas", "within the next # weeks"},
    {"durante los próximos # meses", "over the next # months"},
    {"en un plazo de", "within"}, {"en el plazo de", "within"}, {"próximo", "next"},
    {"próxima", "next"}, {"próximos", "next"}, {"próximas", "next"},
    {"día", "day"}, {"días", "days"}, {"semana", "week"}, {"semanas", "weeks"}, {"mes", "month"},
    {"meses", "months"}, {"trimestre", "quarter"}, {"trimestres", "quarters"}, {"año", "year"},
    {"años", "years"}, {"ejercicio", "fiscal year"}, {"ejercicio fiscal", "fiscal year"},
    {"semestre", "half year"}, {"primer semestre", "h 1"}, {"segundo semestre", "h 2"},
    {"s1", "h 1"}, {"s2", "h 2"}, {"t1", "q 1"}, {"t2", "q 2"}, {"t3", "q 3"}, {"t4", "q 4"},
    {"primer trimestre", "q 1"}, {"segundo trimestre", "q 2"}, {"tercer trimestre", "q 3"},
    {"cuarto trimestre", "q 4"}, {"este año", "this year"}, {"este mes", "this month"},
    {"este trimestre", "this quarter"}, {"esta semana", "this week"},
    {"este ejercicio", "this fiscal year"}, {"este semestre", "this half year"},
    {"final de año", "end of the year"}, {"fin de año", "end of the year"},
    {"finales de año", "end of the year"}, {"final del año", "end of the year"},
    {"fin del año", "end of the year"}, {"finales del año", "end of the year"},
    {"final del trimestre", "end of the quarter"}, {"fin del trimestre", "end of the quarter"},
    {"finales del trimestre", "end of the quarter"}, {"final de mes", "end of the month"},
    {"fin de mes", "end of the month"}, {"final del mes", "end of the month"},
    {"cierre del ejercicio", "end of the fiscal year"}, {"cierre de año", "end of the year"},
    {"finales de", "end of"}, {"final de", "end of"}, {"fin de", "end of"},
    {"finales del", "end of the"}, {"final del", "end of the"}, {"fin del", "end of the"},
    {"durante", "during"}, {"navidad", "christmas"}, {"campaña de navidad", "holiday season"},
    {"campaña navideña", "holiday season"}, {"rebajas", "peak season"},
    {"vuelta al cole", "back to school"}, {"día de la madre", "mothers day"},
    {"san valentín", "valentines day"}, {"semana santa", "easter"},
    {"enero de", "january"}, {"febrero de", "february"}, {"marzo de", "march"}, {"abril de", "april"}, {"mayo de", "may"}, {"junio de", "june"}, {"julio de", "july"}, {"agosto de", "august"}, {"septiembre de", "september"}, {"octubre de", "october"}, {"noviembre de", "november"}, {"diciembre de", "december"},
    {"enero", "january"}, {"febrero", "february"}, {"marzo", "march"}, {"abril", "april"},
    {"mayo", "may"}, {"junio", "june"}, {"julio", "july"}, {"agosto", "august"},
    {"septiembre", "september"}, {"setiembre", "september"}, {"octubre", "october"},
    {"noviembre", "november"}, {"diciembre", "december"},
    {"al mes", "per month"}, {"a la semana", "per week"}, {"al día", "per day"},
    {"al año", "per year"}, {"al trimestre", "per quarter"}, {"por", "per"}, {"cada", "every"},
    {"mensual", "monthly"}, {"mensuales", "monthly"}, {"semanal", "weekly"},
    {"semanales", "weekly"}, {"anual", "annual"}, {"anuales", "annual"}, {"diario", "daily"},
    {"diarios", "daily"}, {"interanual", "year on year"}, {"respecto al año anterior", "year on year"},
    {"frente al año pasado", "year on year"}, {"vs año anterior", "year on year"},
    // amounts and comparators
    {"de # a #", "from # to #"}, {"del # al #", "from # to #"}, {"desde # hasta #", "from # to #"},
    {"en un #", "by #"}, {"un #", "by #"}, {"en #", "by #"}, {"a #", "to #"}, {"al #", "to #"},
    {"hasta #", "to #"}, {"hasta el #", "to #"}, {"a", "to"}, {"al", "to the"}, {"de", "of"},
    {"del", "of the"}, {"en", "in"}, {"por debajo de", "below"}, {"por debajo del", "below"},
    {"inferior a", "under"}, {"menos de #", "under #"}, {"menor de", "under"},
    {"como máximo", "at most"}, {"máximo", "max"}, {"máx", "max"}, {"no más de", "no more than"},
    {"por encima de", "above"}, {"por encima del", "above"}, {"superior a", "above"},
    {"al menos", "at least"}, {"como mínimo", "at least"}, {"mínimo", "at least"},
    {"más de #", "more than #"}, {"con", "with"}, {"a través de", "via"}, {"vía", "via"},
    {"mediante", "via"}, {"desde", "from"}, {"entre", "among"},
    {"aumento", "increase"}, {"incremento", "increase"}, {"crecimiento", "growth"},
    {"reducción", "reduction"}, {"descenso", "decrease"}, {"bajada", "decrease"},
    {"mejora", "improvement"}, {"mitad", "half"},
    // metrics
    {"clientes nuevos", "new customers"}, {"nuevos clientes", "new customers"},
    {"clientes", "customers"}, {"cliente", "customer"}, {"clientes de pago", "paying customers"},
    {"clientes activos", "active customers"}, {"cartera de clientes", "customer base"},
    {"nuevos", "new"}, {"nuevas", "new"}, {"nuevo", "new"}, {"nueva", "new"},
    {"facturación", "revenue"}, {"ingresos", "revenue"}, {"ventas", "sales"}, {"venta", "sale"},
    {"pedidos", "orders"}, {"pedido", "order"}, {"compras", "purchases"},
    {"contratos", "deals"}, {"contratos firmados", "deals"}, {"acuerdos", "deals"},
    {"solicitudes de presupuesto", "quote requests"}, {"solicitudes de demo", "demo requests"},
    {"solicitudes de demostración", "demo requests"}, {"solicitudes de información", "enquiries"},
    {"solicitudes", "enquiries"}, {"consultas", "enquiries"}, {"registros", "registrations"},
    {"altas", "sign ups"}, {"inscripciones", "registrations"}, {"suscriptores", "subscribers"},
    {"suscriptores de la newsletter", "newsletter subscribers"}, {"seguidores", "followers"},
    {"alcance", "reach"}, {"impresiones", "impressions"}, {"clics", "clicks"},
    {"tasa de clics", "click through rate"}, {"visitantes", "visitors"}, {"visitas", "visits"},
    {"sesiones", "sessions"}, {"páginas vistas", "page views"}, {"tráfico", "traffic"},
    {"tráfico web", "website traffic"}, {"tráfico orgánico", "organic traffic"},
    {"visualizaciones", "views"}, {"tasa de apertura", "open rate"},
    {"tasa de rebote", "bounce rate"}, {"reseñas", "reviews"}, {"valoraciones", "reviews"},
    {"valoración media", "average rating"}, {"tasa de conversión", "conversion rate"},
    {"conversiones", "conversions"}, {"tasa de cierre", "win rate"},
    {"cuota de mercado", "market share"}, {"fidelización", "retention"},
    {"tasa de retención", "retention"}, {"retención", "retention"},
    {"tasa de recompra", "repeat purchase rate"}, {"tasa de abandono", "churn"},
    {"tasa de bajas", "churn"}, {"bajas", "churn"}, {"notoriedad", "brand awareness"},
    {"notoriedad de marca", "brand awareness"}, {"notoriedad sugerida", "aided awareness"},
    {"notoriedad asistida", "aided awareness"}, {"notoriedad espontánea", "unaided awareness"},
    {"recuerdo de marca", "brand recall"}, {"cuota de voz", "share of voice"},
    {"cuota de búsqueda", "share of search"}, {"margen bruto", "gross margin"},
    {"beneficio bruto", "gross profit"}, {"oportunidades", "opportunities"},
    {"oportunidades de venta", "opportunities"}, {"reuniones", "meetings"},
    {"reuniones comerciales", "sales meetings"}, {"citas", "appointments"},
    {"coste por lead", "cost per lead"}, {"costo por lead", "cost per lead"},
    {"coste por cliente", "cost per customer"}, {"coste de adquisición", "acquisition cost"},
    {"coste de adquisición de cliente", "customer acquisition cost"},
    {"coste por adquisición", "cost per acquisition"}, {"coste por clic", "cost per click"},
    {"coste por venta", "cost per sale"}, {"ticket medio", "average order value"},
    {"valor medio del pedido", "average order value"}, {"tasa de engagement", "engagement rate"},
    {"interacciones", "engagement"}, {"menciones", "mentions"}, {"descargas", "downloads"},
    {"pruebas gratuitas", "trials"}, {"socios", "members"}, {"donaciones", "donations"},
    {"donantes", "donors"}, {"candidaturas", "applications"}, {"reservas", "bookings"},
    {"asistentes", "attendees"}, {"leads cualificados", "qualified leads"},
    {"valor de vida del cliente", "lifetime value"}, {"recomendaciones", "referrals"},
    // channels, audiences, places
    {"correo electrónico", "email"}, {"email marketing", "email"}, {"mailing", "email"},
    {"ferias", "events"}, {"feria", "events"}, {"eventos", "events"}, {"evento", "event"},
    {"webinars", "webinars"}, {"seminarios web", "webinars"}, {"programa de referidos", "referral"},
    {"referidos", "referral"}, {"boca a boca", "word of mouth"},
    {"posicionamiento orgánico", "seo"}, {"búsqueda de pago", "paid search"},
    {"tienda online", "online store"}, {"tienda en línea", "online store"},
    {"ecommerce", "online store"}, {"e commerce", "online store"}, {"web", "website"},
    {"página web", "website"}, {"sitio web", "website"}, {"prospección", "outbound"},
    {"publicidad exterior", "out of home"}, {"televisión", "tv"}, {"prensa", "print"},
    {"distribuidores", "partners"}, {"socios comerciales", "partners"},
    {"afiliados", "affiliate"}, {"españa", "spain"}, {"portugal", "portugal"},
    {"latinoamérica", "latam"}, {"méxico", "mexico"}, {"francia", "france"},
    {"alemania", "germany"}, {"pymes", "smes"}, {"pyme", "sme"},
    {"grandes cuentas", "enterprise"}, {"directivos", "decision makers"},
    {"responsables de compras", "decision makers"}, {"empresas", "companies"},
    {"landing", "landing page"}, {"página de precios", "pricing page"},
};

constexpr Gloss verb_list[] = {
    {"añadir", "add"}, {"abrir", "open"}, {"hacer", "make"}, {"instalar", "install"},
    {"empezar", "start"}, {"iniciar", "start"}, {"vender", "sell"},
    {"aumentar", "increase"}, {"incrementar", "increase"}, {"crecer", "grow"},
    {"mejorar", "improve"}, {"impulsar", "boost"}, {"potenciar", "boost"},
    {"elevar", "raise"}, {"subir", "raise"}, {"llevar", "increase"}, {"pasar", "increase"},
    {"reducir", "reduce"}, {"disminuir", "reduce"}, {"bajar", "reduce"}, {"rebajar", "reduce"},
    {"recortar", "cut"}, {"reducir a la mitad", "halve"}, {"duplicar", "double"},
    {"doblar", "double"}, {"triplicar", "triple"}, {"multiplicar por diez", "tenfold"},
    {"multiplicar por 10", "tenfold"}, {"alcanzar", "reach"}, {"llegar a", "reach"},
    {"generar", "generate"}, {"conseguir", "get"}, {"lograr", "achieve"}, {"captar", "acquire"},
    {"ganar", "win"}, {"cerrar", "close"}, {"firmar", "sign"}, {"obtener", "obtain"},
    {"convertir", "convert"}, {"recaudar", "collect"}, {"atraer", "attract"},
    {"mantener", "keep"}, {"contener", "keep"}, {"lanzar", "launch"}, {"publicar", "publish"},
    {"organizar", "organise"}, {"crear", "create"}, {"enviar", "send"}, {"rediseñar", "redesign"},
    {"implementar", "implement"}, {"implantar", "implement"}, {"poner en marcha", "set up"},
    {"probar", "test"}, {"testear", "test"}, {"grabar", "record"}, {"redactar", "write"},
    {"escribir", "write"}, {"producir", "produce"}, {"optimizar", "optimise"},
    {"automatizar", "automate"}, {"formar", "train"}, {"contratar", "hire"},
    {"asistir a", "attend"}, {"patrocinar", "sponsor"}, {"diseñar", "design"},
    {"actualizar", "update"}, {"traducir", "translate"}, {"migrar", "migrate"},
    {"desplegar", "roll out"}, {"desarrollar", "develop"}, {"hacer seguimiento de", "track"},
    {"hacer seguimiento del", "track"}, {"seguir", "track"}, {"medir", "measure"},
    {"monitorizar", "monitor"}, {"controlar", "monitor"}, {"vigilar", "watch"},
    {"convertirnos en", "become"}, {"ser", "be"}, {"posicionarnos", "position"},
    {"consolidar", "strengthen"}, {"reforzar", "strengthen"}, {"entrar en", "enter"},
};

constexpr std::string_view hints_list[] = {
    "S: no se nombra ninguna métrica; di qué se medirá, como \"leads cualificados\", \"clientes\" o \"facturación\"",
    "S: {0}: ¿de dónde o para quién? nombra un canal (\"en Google Ads\"), un segmento (\"en pymes\") o un producto",
    "M: un número como 1,500 es 1500 en inglés y 1,5 en español, así que no se ha leído; escribe 1500 o 1,5",
    "M: no hay cifra; añade un objetivo como \"30 leads al mes\" o \"un 25 %\"",
    "A: no se puede valorar sin un objetivo numérico",
    "A: {0} veces el valor actual o más es una apuesta, no un plan; fija un objetivo por debajo de {0} veces el valor actual",
    "A: una tasa del 100 % o más es inalcanzable; fija un objetivo por debajo del 100 %",
    "A: un recorte tan grande y tan rápido equivale a un crecimiento del {0} al mes, por encima del {1} mensual alcanzable; recorta menos o date más tiempo",
    "A: exige un crecimiento del {0} al mes, por encima del {1} mensual alcanzable; baja el objetivo o date más tiempo",
    "A: no se conoce el tamaño del salto; indica el valor actual en el argumento baseline",
    "A: el valor de partida ya cumple el objetivo; fija uno por encima del valor actual",
    "R: no hay resultado de negocio; mide leads cualificados, pipeline, clientes o facturación",
    "R: {0} por sí solo es actividad, no un resultado de negocio; vincúlalo a leads cualificados, clientes o facturación, como \"y convertir el 10 % en clientes\"",
    "T: una fecha como 03/04/2026 puede ser el 3 de abril o el 4 de marzo, así que no se ha leído; escribe 3 de abril de 2026 o 2026-04-03",
    "T: un ritmo por {0} no tiene fecha de fin; añade una como \"en 3 meses\" o \"antes del 31 de marzo\"",
    "T: no hay fecha límite; añade una como \"en 3 meses\" o \"antes del 31 de marzo\"",
};
static_assert(std::size(hints_list) == static_cast<std::size_t>(Hint::count));

constexpr std::string_view period_names_list[] = {"día", "semana", "mes", "trimestre", "año"};

// OBJECTIVECHECK's reasons, in the order of Reason.
constexpr std::string_view check_reasons_list[] = {
    "día {0} de {1}; se puede valorar desde el día {2}, una campaña necesita una semana de datos antes de que sus cifras signifiquen algo", // too_early_of
    "día {0}; se puede valorar desde el día {1}, una campaña necesita una semana de datos antes de que sus cifras signifiquen algo", // too_early
    "{0} {1} hasta ahora; {3} esperados al {2} a {4} por {5}", // total_progress_rate
    "{0} {1} hasta ahora; {3} esperados al {2} camino de {4}", // total_progress
    "{0} de {1} {2} al día {3}", // total_achieved
    " ({0} del ritmo previsto) en todo el periodo", // pace_whole
    " ({0} del ritmo previsto)", // pace
    "; el periodo terminó el día {0}", // ended
    "; tan pocos eventos que el azar podría explicar la diferencia", // chance
    "{0} {1} en {2} días, {3} por {4}, frente a una trayectoria de {5} a {6} por {4} que espera {7} a estas alturas", // flow_progress
    "{0} {1} en {2} días, frente a una trayectoria de {3} a {4} por {5} que espera {6} a estas alturas", // flow_progress_start
    "{0} {1} por {2} de media en {3} días, en el objetivo de {4} por {2}", // flow_achieved
    "; el periodo terminó el día {0} con la media por debajo del nivel objetivo; revisa la cifra del último {1}", // flow_ended_below
    "; el periodo terminó el día {0} con la media por encima del nivel objetivo; revisa la cifra del último {1}", // flow_ended_above
    "{0} frente al objetivo de {1}", // level_against
    ", cumplido", // met
    ", aún no cumplido; indica el valor de partida (baseline) para medir el avance", // not_met_give_baseline
    ", {0} del camino el día {1} de {2} ({3} del ritmo previsto)", // level_progress
    "{0}{1} frente a un máximo de {2}", // cap_against
    "{0}{1} frente a un mínimo de {2}", // floor_against
    ", mantenido hasta ahora", // held_so_far
    ", mantenido hasta el final", // held_to_end
    ", por encima el día {0}; las primeras cifras oscilan, se puede valorar desde el día {1}", // above_it_early
    ", por debajo el día {0}; las primeras cifras oscilan, se puede valorar desde el día {1}", // below_it_early
    ", superado", // broken
    ", no mantenido", // not_held
    "{0} {1} en {2} días; un nivel por {3} se valora desde el día {4}", // flow_keep_early
    " por {0} de media", // per_on_average
    "; aún ningún {0} por {1} invertidos, por encima del máximo de {2}", // cost_none_yet
    "; {0} {1} por encima del máximo de {2}", // cost_above
    "; {0} {1} dentro del máximo de {2}", // cost_within
    "; aún no hay nada que convertir", // nothing_to_convert
    "; conversión {0} ({1} a {2}) por debajo del objetivo de {3}", // conversion_below
    "; conversión {0} por encima del objetivo de {1}", // conversion_above
    "; demasiado pronto para valorar la conversión: {0} ({1} a {2}) aún incluye el objetivo de {3}", // conversion_unclear
    "{0} {1} sería un {2} de {3}, que no puede superar el 100 %; introduce {4} % como {5} o escríbelo con el signo %", // impossible_share
    "un cambio ({0}) necesita el valor de antes: indica el argumento baseline (una celda vacía cuenta como 0, y un cambio desde 0 no significa nada)", // needs_baseline
    "{0} puntos porcentuales", // points
    "la fecha límite es un evento sin fecha fija (como el Prime Day); escribe su fecha, como \"antes del 15 de julio\", e indica la fecha de inicio", // unscheduled_event
    "la fecha límite es una fecha del calendario: indica el argumento start_date (el día en que empezó el objetivo) para medir el ritmo, o indica una duración como \"en 90 días\"", // needs_start_date
    "no se nombra ninguna métrica; di qué se medirá, como \"leads cualificados\", \"clientes\" o \"facturación\"", // no_metric
    "un valor real de 0 (o una celda vacía) no puede mostrar una reducción ni un máximo mantenido: introduce el valor actual", // zero_actual
    "un recorte del 100 % o más no deja nada que medir", // cut_everything
    "un número como 1,500 puede ser 1,5 o 1500, así que no se ha leído: escribe 1500 o 1,5", // ambiguous_number
    "no hay cifra; añade un objetivo como \"30 leads al mes\" o \"un 25 %\"", // no_number
    "un objetivo de 0 no compromete a nada: indica cuántos", // zero_target
    "una cantidad que debe bajar se valora por su nivel por periodo: indica como baseline el nivel mensual antes del objetivo", // count_down_needs_baseline
    "{0}, el objetivo es {1}", // achieved_no_frame
    "una fecha como 03/04/2026 puede ser el 3 de abril o el 4 de marzo, así que no se ha leído: escribe 3 de abril de 2026", // ambiguous_date
    "no hay fecha límite; añade una como \"en 3 meses\" o \"antes del 31 de marzo\"", // no_deadline
    "la fecha límite es anterior a la fecha de inicio: revisa start_date o el año de la fecha límite", // deadline_before_start
    "día {0} de {1}", // day_of_frame
    "día {0}", // day_only
    "{0} {1} hasta ahora", // so_far
    "el periodo empieza hoy; se puede valorar desde el día {0}, una campaña necesita una semana de datos antes de que sus cifras signifiquen algo", // starts_today
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
    .language = Language::spanish,
    .markers = markers.table(),
    .glosses = GlossTable(glosses.table()),
    .verbs = GlossTable(verbs.table()),
    .hints = hints.table(),
    .period_names = period_names.table(),
    .check_reasons = check_reasons.table(),
    .thousands_dot = true,
    .day_first = true,
    .verb_last = false,
};

} // namespace

const LanguageTables& spanish_tables() { return tables; }

} // namespace goalpost::detail
