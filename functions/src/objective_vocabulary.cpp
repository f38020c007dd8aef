#include "objective_vocabulary.hpp"

#include "currency.hpp"
#include "packed_texts.hpp"
#include "objective_lexicon.hpp"
#include "text.hpp"
#include "word_map.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace goalpost::detail {

namespace {

// ---- canonical names ----------------------------------------------------------------------

// Company-wide metrics, brand-health metrics and costs carry traits (objective_vocabulary.hpp).
constexpr unsigned char company = company_wide;
constexpr unsigned char brand = brand_health;
constexpr unsigned char cost = lower_is_better;
constexpr unsigned char company_cost = company_wide | lower_is_better;

constexpr MetricName metric_table[] = {
    // awareness
    {"impressions", Tier::awareness}, {"reach", Tier::awareness}, {"views", Tier::awareness},
    {"followers", Tier::awareness, MetricKind::value},
    {"brand awareness", Tier::awareness, MetricKind::rate},
    {"aided awareness", Tier::awareness, MetricKind::rate, brand},
    {"unaided awareness", Tier::awareness, MetricKind::rate, brand},
    {"share of voice", Tier::awareness, MetricKind::rate},
    {"share of search", Tier::awareness, MetricKind::rate, brand}, {"mentions", Tier::awareness},
    {"community members", Tier::awareness, MetricKind::value},
    {"cpm", Tier::awareness, MetricKind::value, cost},
    // engagement
    {"clicks", Tier::engagement}, {"click-through rate", Tier::engagement, MetricKind::rate},
    {"cpc", Tier::engagement, MetricKind::value, cost},
    {"likes", Tier::engagement}, {"shares", Tier::engagement}, {"comments", Tier::engagement},
    {"engagement", Tier::engagement}, {"engagement rate", Tier::engagement, MetricKind::rate},
    {"traffic", Tier::engagement}, {"visits", Tier::engagement},
    {"sessions", Tier::engagement}, {"visitors", Tier::engagement},
    {"open rate", Tier::engagement, MetricKind::rate},
    {"bounce rate", Tier::engagement, MetricKind::rate, cost}, {"downloads", Tier::engagement},
    {"webinar attendance", Tier::engagement}, {"reviews", Tier::engagement},
    {"unsubscribe rate", Tier::engagement, MetricKind::rate, cost},
    {"rating", Tier::engagement, MetricKind::value},
    // lead
    {"leads", Tier::lead}, {"sign-ups", Tier::lead},
    {"registrations", Tier::lead}, {"subscribers", Tier::lead, MetricKind::value},
    {"contacts", Tier::lead}, {"form fills", Tier::lead}, {"demo requests", Tier::lead},
    {"enquiries", Tier::lead}, {"trials", Tier::lead},
    {"cpl", Tier::lead, MetricKind::value, cost}, {"conversions", Tier::lead},
    {"applicants", Tier::lead}, {"response rate", Tier::lead, MetricKind::rate},
    // pipeline
    {"qualified leads", Tier::pipeline}, {"marketing qualified leads", Tier::pipeline},
    {"sales qualified leads", Tier::pipeline}, {"opportunities", Tier::pipeline},
    {"pipeline", Tier::pipeline}, {"meetings", Tier::pipeline}, {"demos", Tier::pipeline},
    {"pipeline coverage", Tier::pipeline, MetricKind::ratio, company},
    {"sales velocity", Tier::pipeline, MetricKind::value, company},
    {"lead velocity", Tier::pipeline, MetricKind::ratio}, {"channel partners", Tier::pipeline},
    {"qualified applicants", Tier::pipeline},
    // revenue
    {"customers", Tier::revenue}, {"sales", Tier::revenue}, {"revenue", Tier::revenue, MetricKind::count, company},
    {"donations", Tier::revenue}, {"hires", Tier::revenue},
    {"orders", Tier::revenue}, {"deals", Tier::revenue}, {"bookings", Tier::revenue},
    {"customer base", Tier::revenue, MetricKind::value},
    {"mrr", Tier::revenue, MetricKind::value, company},
    {"arr", Tier::revenue, MetricKind::value, company},
    {"cac", Tier::revenue, MetricKind::value, company_cost},
    {"cpa", Tier::revenue, MetricKind::value, cost},
    {"roas", Tier::revenue, MetricKind::ratio}, {"roi", Tier::revenue, MetricKind::ratio},
    {"mer", Tier::revenue, MetricKind::ratio, company},
    {"retention", Tier::revenue, MetricKind::rate, company},
    {"churn", Tier::revenue, MetricKind::rate, company_cost},
    {"net revenue retention", Tier::revenue, MetricKind::ratio, company},
    {"gross revenue retention", Tier::revenue, MetricKind::rate, company},
    {"lifetime value", Tier::revenue, MetricKind::value, company},
    {"ltv:cac", Tier::revenue, MetricKind::ratio, company},
    {"cac payback", Tier::revenue, MetricKind::value, company_cost},
    {"nps", Tier::revenue, MetricKind::value, company},
    {"gross profit", Tier::revenue, MetricKind::count, company},
    {"gross margin", Tier::revenue, MetricKind::rate, company},
    {"market share", Tier::revenue, MetricKind::rate, company},
    {"win rate", Tier::revenue, MetricKind::rate, company},
    {"average order value", Tier::revenue, MetricKind::value},
    {"conversion rate", Tier::revenue, MetricKind::rate},
};

constexpr std::string_view channel_table[] = {
    "google ads", "linkedin", "instagram", "facebook", "email", "seo", "webinars", "events",
    "referral", "tiktok", "youtube", "paid search", "partners", "content", "x", "sms",
    "google shopping", "google", "marketplaces", "website", "outbound", "inbound", "pinterest",
    "snapchat", "reddit", "podcasts", "direct mail", "influencers", "display", "tv", "radio",
    "out of home", "print", "app stores", "product hunt", "review sites", "abm", "community",
    "threads", "booking platforms", "job boards", "retail media", "push", "in app", "xing",
};

// Surface form -> canonical name, resolved to an index when the index is built.
struct Form {
    std::string_view words;
    std::string_view canonical;
};

constexpr Form metric_form_list[] = {
    {"impression", "impressions"}, {"reach", "reach"}, {"view", "views"},
    {"video view", "views"}, {"page view", "views"}, {"follower", "followers"},
    {"brand awareness", "brand awareness"}, {"awareness", "brand awareness"},
    {"aided awareness", "aided awareness"}, {"aided brand awareness", "aided awareness"},
    {"prompted awareness", "aided awareness"}, {"unaided awareness", "unaided awareness"},
    {"unaided brand awareness", "unaided awareness"}, {"spontaneous awareness", "unaided awareness"},
    {"brand recall", "unaided awareness"}, {"brand recognition", "brand awareness"},
    {"unaided recall", "unaided awareness"}, {"spontaneous recall", "unaided awareness"},
    {"prompted recall", "aided awareness"}, {"aided recall", "aided awareness"},
    {"top of mind awareness", "unaided awareness"},
    {"community member", "community members"}, {"discord member", "community members"},
    {"unsubscribe rate", "unsubscribe rate"}, {"unsub rate", "unsubscribe rate"},
    {"opt out rate", "unsubscribe rate"}, {"response rate", "response rate"},
    {"applicant", "applicants"}, {"job applicant", "applicants"}, {"application", "applicants"},
    {"job application", "applicants"}, {"candidate application", "applicants"},
    {"qualified applicant", "qualified applicants"}, {"qualified candidate", "qualified applicants"},
    {"shortlisted candidate", "qualified applicants"}, {"hire", "hires"}, {"new hire", "hires"},
    {"donation", "donations"}, {"donor", "donations"}, {"new donor", "donations"},
    {"funds raised", "donations"}, {"fundraising", "donations"},
    {"regular giver", "donations"}, {"pledge", "donations"},
    {"patient", "customers"}, {"new patient", "customers"}, {"enrolment", "customers"},
    {"enrollment", "customers"}, {"student enrolment", "customers"}, {"new student", "customers"},
    {"member", "customer base"}, {"membership", "customer base"}, {"active member", "customer base"},
    {"paying member", "customer base"}, {"subscriber base", "customer base"},
    {"ticket", "orders"}, {"ticket sale", "orders"}, {"tickets sold", "orders"},
    {"cover", "bookings"}, {"table booking", "bookings"}, {"table reservation", "bookings"},
    {"new patient appointment", "bookings"}, {"class booking", "bookings"},
    {"gift card", "sales"}, {"gift card sale", "sales"}, {"job won", "sales"},
    {"repeat purchase rate", "retention"}, {"returning customer rate", "retention"},
    {"repeat customer rate", "retention"}, {"repeat rate", "retention"},
    {"trial to paid", "conversion rate"}, {"trial to paid conversion", "conversion rate"},
    {"trial to paid rate", "conversion rate"}, {"lead generation", "leads"},
    {"lead gen", "leads"},
    {"cpm", "cpm"}, {"cost per thousand", "cpm"}, {"cost per mille", "cpm"},
    {"cpc", "cpc"}, {"cost per click", "cpc"}, {"bounce rate", "bounce rate"},
    {"review", "reviews"}, {"customer review", "reviews"}, {"star", "rating"},
    {"star rating", "rating"}, {"average rating", "rating"}, {"review rating", "rating"},
    {"engagement rate", "engagement rate"},
    {"share of voice", "share of voice"}, {"share of search", "share of search"},
    {"mention", "mentions"}, {"brand mention", "mentions"},
    {"click", "clicks"}, {"click through rate", "click-through rate"},
    {"clickthrough rate", "click-through rate"}, {"ctr", "click-through rate"},
    {"like", "likes"}, {"share", "shares"}, {"comment", "comments"},
    {"engagement", "engagement"}, {"engagements", "engagement"},
    {"traffic", "traffic"}, {"website traffic", "traffic"}, {"web traffic", "traffic"},
    {"site traffic", "traffic"},
    {"visit", "visits"}, {"website visit", "visits"}, {"site visit", "visits"},
    {"session", "sessions"}, {"visitor", "visitors"}, {"unique visitor", "visitors"},
    {"website visitor", "visitors"}, {"open rate", "open rate"},
    {"download", "downloads"}, {"app download", "downloads"},
    {"webinar attendance", "webinar attendance"}, {"webinar attendee", "webinar attendance"},
    {"attendee", "webinar attendance"},
    {"lead", "leads"}, {"new lead", "leads"}, {"inbound lead", "leads"},
    {"sales lead", "leads"}, {"b2b lead", "leads"}, {"sign up", "sign-ups"},
    {"signup", "sign-ups"}, {"registration", "registrations"}, {"subscriber", "subscribers"},
    {"contact", "contacts"}, {"form fill", "form fills"}, {"form submission", "form fills"},
    {"demo request", "demo requests"}, {"enquiry", "enquiries"}, {"enquiries", "enquiries"},
    {"inquiry", "enquiries"}, {"inquiries", "enquiries"}, {"trial", "trials"},
    {"free trial", "trials"}, {"trial signup", "trials"}, {"cost per lead", "cpl"},
    {"cpl", "cpl"}, {"conversion", "conversions"},
    {"qualified lead", "qualified leads"}, {"marketing qualified lead", "marketing qualified leads"},
    {"mql", "marketing qualified leads"}, {"sales qualified lead", "sales qualified leads"},
    {"sql", "sales qualified leads"}, {"opportunity", "opportunities"},
    {"opportunities", "opportunities"}, {"sales opportunity", "opportunities"},
    {"sales opportunities", "opportunities"}, {"opp", "opportunities"},
    {"pipeline", "pipeline"}, {"sales pipeline", "pipeline"}, {"pipeline value", "pipeline"},
    {"sqo", "opportunities"}, {"sales qualified opportunity", "opportunities"},
    {"demo booked", "demos"}, {"booked demo", "demos"}, {"meeting booked", "meetings"},
    {"booked meeting", "meetings"}, {"pipeline coverage", "pipeline coverage"},
    {"sales velocity", "sales velocity"}, {"lead velocity", "lead velocity"},
    {"lead velocity rate", "lead velocity"}, {"lvr", "lead velocity"},
    {"channel partner", "channel partners"}, {"reseller partner", "channel partners"},
    {"logo", "customers"}, {"new logo", "customers"}, {"customer base", "customer base"},
    {"active customer", "customer base"}, {"customer count", "customer base"},
    {"mer", "mer"}, {"marketing efficiency ratio", "mer"}, {"blended roas", "mer"},
    {"nrr", "net revenue retention"}, {"net revenue retention", "net revenue retention"},
    {"ndr", "net revenue retention"}, {"net dollar retention", "net revenue retention"},
    {"grr", "gross revenue retention"}, {"gross revenue retention", "gross revenue retention"},
    {"gross retention", "gross revenue retention"}, {"net retention", "net revenue retention"},
    {"ltv cac", "ltv:cac"}, {"ltv to cac", "ltv:cac"}, {"ltv cac ratio", "ltv:cac"},
    {"ltv to cac ratio", "ltv:cac"},
    {"cac payback", "cac payback"}, {"cac payback period", "cac payback"},
    {"payback period", "cac payback"}, {"nps", "nps"}, {"net promoter score", "nps"},
    {"gross profit", "gross profit"}, {"gross margin", "gross margin"},
    {"market share", "market share"}, {"share of market", "market share"},
    {"win rate", "win rate"}, {"close rate", "win rate"}, {"deal win rate", "win rate"},
    {"quote request", "enquiries"},
    {"discovery call", "enquiries"}, {"callback request", "enquiries"},
    {"meeting", "meetings"}, {"sales meeting", "meetings"}, {"demo", "demos"},
    {"customer", "customers"}, {"new customer", "customers"}, {"paying customer", "customers"},
    {"client", "customers"}, {"new client", "customers"}, {"account", "customers"},
    {"new account", "customers"}, {"sale", "sales"}, {"revenue", "revenue"},
    {"sales revenue", "revenue"}, {"online revenue", "revenue"}, {"turnover", "revenue"},
    {"order", "orders"}, {"purchase", "orders"}, {"deal", "deals"}, {"closed deal", "deals"},
    {"booking", "bookings"}, {"appointment", "bookings"}, {"reservation", "bookings"},
    {"consultation", "enquiries"}, {"consultation booking", "enquiries"},
    {"consultation request", "enquiries"}, {"discovery call booking", "enquiries"},
    {"test drive booking", "enquiries"}, {"viewing request", "enquiries"},
    {"mrr", "mrr"}, {"monthly recurring revenue", "mrr"}, {"arr", "arr"},
    {"annual recurring revenue", "arr"}, {"cac", "cac"}, {"customer acquisition cost", "cac"},
    {"acquisition cost", "cac"}, {"cost per customer", "cac"}, {"cpa", "cpa"},
    {"cost per acquisition", "cpa"}, {"cost per sale", "cpa"}, {"cost per conversion", "cpa"},
    {"roas", "roas"}, {"return on ad spend", "roas"}, {"roi", "roi"},
    {"return on investment", "roi"}, {"retention", "retention"}, {"retention rate", "retention"},
    {"customer retention", "retention"}, {"churn", "churn"}, {"churn rate", "churn"},
    {"customer churn", "churn"}, {"lifetime value", "lifetime value"}, {"ltv", "lifetime value"},
    {"clv", "lifetime value"}, {"customer lifetime value", "lifetime value"},
    {"average order value", "average order value"}, {"aov", "average order value"},
    {"conversion rate", "conversion rate"}, {"checkout conversion rate", "conversion rate"},
    {"trial to paid conversion rate", "conversion rate"}, {"lead to customer conversion rate", "conversion rate"},
};

constexpr Form channel_form_list[] = {
    {"google ads", "google ads"}, {"google adwords", "google ads"}, {"adwords", "google ads"},
    {"google search ads", "google ads"}, {"linkedin", "linkedin"}, {"linkedin ads", "linkedin"},
    {"instagram", "instagram"}, {"facebook", "facebook"}, {"facebook ads", "facebook"},
    {"meta", "facebook"}, {"meta ads", "facebook"}, {"email", "email"}, {"e mail", "email"},
    {"email marketing", "email"}, {"email campaign", "email"}, {"seo", "seo"},
    {"organic search", "seo"}, {"organic", "seo"}, {"search engine optimisation", "seo"},
    {"search engine optimization", "seo"}, {"webinar", "webinars"}, {"event", "events"},
    {"trade show", "events"}, {"tradeshow", "events"}, {"trade fair", "events"},
    {"conference", "events"},
    {"expo", "events"}, {"referral", "referral"}, {"word of mouth", "referral"},
    {"tiktok", "tiktok"}, {"tik tok", "tiktok"}, {"youtube", "youtube"},
    {"paid search", "paid search"}, {"ppc", "paid search"}, {"sem", "paid search"},
    {"search ads", "paid search"}, {"bing ads", "paid search"}, {"partner", "partners"},
    {"reseller", "partners"}, {"affiliate", "partners"}, {"content marketing", "content"},
    {"blog", "content"}, {"twitter", "x"}, {"x", "x"},
    {"newsletter", "email"}, {"sms", "sms"}, {"whatsapp", "sms"}, {"text message", "sms"},
    {"google shopping", "google shopping"}, {"shopping ads", "google shopping"},
    {"performance max", "google ads"}, {"pmax", "google ads"}, {"google", "google"},
    {"google business profile", "google"}, {"google maps", "google"},
    {"amazon", "marketplaces"}, {"etsy", "marketplaces"}, {"ebay", "marketplaces"},
    {"marketplace", "marketplaces"}, {"shopify", "website"}, {"shopify store", "website"},
    {"online store", "website"}, {"web shop", "website"}, {"webshop", "website"},
    {"landing page", "website"}, {"pricing page", "website"},
    {"outbound", "outbound"}, {"cold email", "outbound"}, {"cold calling", "outbound"},
    {"sdr", "outbound"}, {"inbound", "inbound"}, {"pinterest", "pinterest"},
    {"snapchat", "snapchat"}, {"reddit", "reddit"}, {"podcast", "podcasts"},
    {"direct mail", "direct mail"}, {"influencer", "influencers"}, {"creator", "influencers"},
    {"display", "display"}, {"programmatic", "display"}, {"retargeting", "display"},
    {"tv", "tv"}, {"ctv", "tv"}, {"radio", "radio"}, {"ooh", "out of home"},
    {"billboard", "out of home"}, {"print", "print"}, {"app store", "app stores"},
    {"product hunt", "product hunt"}, {"trustpilot", "review sites"}, {"g2", "review sites"},
    {"capterra", "review sites"}, {"yelp", "review sites"}, {"abm", "abm"},
    {"account based marketing", "abm"}, {"community", "community"}, {"slack", "community"},
    {"discord", "community"}, {"threads", "threads"}, {"bing", "paid search"},
    {"microsoft ads", "paid search"}, {"meta advantage", "facebook"},
    {"google play", "app stores"}, {"apple app store", "app stores"}, {"opentable", "booking platforms"},
    {"booking platform", "booking platforms"}, {"indeed", "job boards"}, {"job board", "job boards"},
    {"glassdoor", "job boards"}, {"retail media", "retail media"}, {"amazon ads", "retail media"},
    {"xing", "xing"}, {"spotify", "podcasts"}, {"push notification", "push"}, {"in app", "in app"},
};

// ---- value tables -------------------------------------------------------------------------

// The forms as the library keeps them: packed, without a relocation per word (packed_texts.hpp).
constexpr auto metric_forms = pack<chars_of(metric_form_list)>(metric_form_list);
constexpr auto channel_forms = pack<chars_of(channel_form_list)>(channel_form_list);

constexpr Phrase time_units[] = {
    {"day", static_cast<int>(Period::day)},         {"week", static_cast<int>(Period::week)},
    {"month", static_cast<int>(Period::month)},     {"quarter", static_cast<int>(Period::quarter)},
    {"year", static_cast<int>(Period::year)},       {"fiscal year", static_cast<int>(Period::year)},
    {"financial year", static_cast<int>(Period::year)},
};

constexpr Phrase months[] = {
    {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},  {"march", 3},     {"mar", 3},
    {"april", 4},   {"apr", 4},  {"may", 5},      {"june", 6}, {"jun", 6},       {"july", 7},
    {"jul", 7},     {"august", 8}, {"aug", 8},    {"september", 9}, {"sep", 9},  {"sept", 9},
    {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
};

constexpr Phrase increase_verbs[] = {
    {"increase", 0}, {"grow", 0},    {"boost", 0},      {"raise", 0},    {"improve", 0},
    {"more", 0},     {"expand", 0},  {"lift", 0},       {"scale", 0},    {"accelerate", 0},
    {"maximise", 0}, {"maximize", 0}, {"strengthen", 0}, {"higher", 0},  {"double", 0},
    {"triple", 0},   {"quadruple", 0}, {"increasing", 0}, {"growing", 0}, {"boosting", 0},
    {"drive up", 0}, {"push up", 0},
};

constexpr Phrase decrease_verbs[] = {
    {"reduce", 0},   {"lower", 0},    {"cut", 0},      {"decrease", 0}, {"drop", 0},
    {"shrink", 0},   {"minimise", 0}, {"minimize", 0}, {"bring down", 0}, {"lessen", 0},
    {"slash", 0},    {"halve", 0},    {"fewer", 0},    {"reducing", 0}, {"lowering", 0},
    {"down", 0},     {"drive down", 0}, {"push down", 0}, {"get down", 0},
};

constexpr Phrase reach_verbs[] = {
    {"generate", 0}, {"get", 0},     {"win", 0},     {"achieve", 0}, {"reach", 0},
    {"acquire", 0},  {"book", 0},    {"sign", 0},    {"hit", 0},     {"drive", 0},
    {"attract", 0},  {"secure", 0},  {"land", 0},    {"close", 0},   {"deliver", 0},
    {"obtain", 0},   {"capture", 0}, {"earn", 0},    {"gain", 0},    {"add", 0},
    {"produce", 0},  {"source", 0},  {"bring in", 0}, {"onboard", 0}, {"sell", 0},
    {"convert", 0},  {"recruit", 0}, {"collect", 0}, {"book in", 0},
};

constexpr Phrase keep_verbs[] = {
    {"keep", 0}, {"stay", 0}, {"maintain", 0}, {"hold", 0}, {"remain", 0},
};

constexpr Phrase below_words[] = {
    {"under", 0},     {"below", 0},         {"less than", 0}, {"at most", 0},
    {"max", 0},       {"maximum", 0},       {"no more than", 0}, {"lower than", 0},
    {"not exceeding", 0}, {"at or below", 0}, {"no higher than", 0}, {"beneath", 0},
};

constexpr Phrase cost_metrics[] = {
    {"cost per lead", static_cast<int>(CostMetric::cpl)},
    {"cpl", static_cast<int>(CostMetric::cpl)},
    {"cost per acquisition", static_cast<int>(CostMetric::cpa)},
    {"cost per sale", static_cast<int>(CostMetric::cpa)},
    {"cost per conversion", static_cast<int>(CostMetric::cpa)},
    {"cpa", static_cast<int>(CostMetric::cpa)},
    {"customer acquisition cost", static_cast<int>(CostMetric::cac)},
    {"acquisition cost", static_cast<int>(CostMetric::cac)},
    {"cost per customer", static_cast<int>(CostMetric::cac)},
    {"cac", static_cast<int>(CostMetric::cac)},
};

constexpr Phrase regions[] = {
    {"uk", 0},      {"the uk", 0},     {"us", 0},         {"the us", 0},       {"usa", 0},
    {"the usa", 0}, {"united states", 0}, {"the united states", 0}, {"united kingdom", 0},
    {"the united kingdom", 0}, {"europe", 0}, {"eu", 0}, {"the eu", 0}, {"emea", 0},
    {"apac", 0},    {"dach", 0},       {"the dach region", 0}, {"nordics", 0}, {"the nordics", 0},
    {"germany", 0}, {"france", 0},     {"spain", 0},      {"italy", 0},        {"ireland", 0},
    {"north america", 0}, {"latam", 0}, {"latin america", 0}, {"canada", 0}, {"australia", 0},
    {"netherlands", 0}, {"the netherlands", 0}, {"benelux", 0}, {"india", 0}, {"japan", 0},
    {"london", 0},  {"new york", 0},   {"berlin", 0},     {"paris", 0},        {"madrid", 0},
    {"manchester", 0}, {"scotland", 0}, {"wales", 0},     {"mexico", 0},       {"brazil", 0},
    {"singapore", 0}, {"switzerland", 0}, {"austria", 0}, {"poland", 0},       {"sweden", 0},
};

constexpr Phrase segment_words[] = {
    {"enterprise", 0}, {"smb", 0}, {"small business", 0}, {"small businesses", 0},
    {"mid market", 0}, {"midmarket", 0}, {"b2b", 0}, {"b2c", 0}, {"existing customer", 0},
    {"current customer", 0}, {"returning customer", 0}, {"repeat customer", 0}, {"startup", 0},
    {"sme", 0}, {"local", 0}, {"first time buyer", 0}, {"healthcare", 0}, {"saas", 0},
    {"retail", 0}, {"manufacturing", 0}, {"student", 0}, {"parent", 0}, {"homeowner", 0},
    {"millennial", 0}, {"gen z", 0}, {"fortune", 0}, {"public sector", 0}, {"nonprofit", 0},
    {"decision maker", 0}, {"cfo", 0}, {"cto", 0}, {"cmo", 0}, {"it manager", 0},
    {"lapsed", 0}, {"dormant", 0}, {"inactive", 0}, {"vip", 0}, {"loyal", 0}, {"churned", 0},
    {"first time", 0}, {"high value", 0},
};

constexpr Phrase product_words[] = {
    {"campaign", 0}, {"product", 0}, {"app", 0}, {"course", 0}, {"collection", 0},
    {"programme", 0}, {"program", 0}, {"subscription", 0}, {"membership", 0}, {"ebook", 0},
    {"whitepaper", 0}, {"white paper", 0}, {"plugin", 0}, {"platform", 0}, {"software", 0},
    {"premium plan", 0}, {"pro plan", 0}, {"package", 0}, {"offer", 0}, {"launch", 0},
    {"menu", 0}, {"range", 0}, {"appeal", 0}, {"catalogue", 0}, {"catalog", 0}, {"bundle", 0},
    {"edition", 0}, {"summit", 0}, {"festival", 0}, {"cohort", 0},
};

constexpr Phrase multiplier_words[] = {
    {"double", 2},   {"triple", 3},   {"quadruple", 4}, {"twofold", 2}, {"threefold", 3},
    {"fourfold", 4}, {"fivefold", 5}, {"tenfold", 10},  {"halve", -2},  {"treble", 3},
};

constexpr Phrase activity_verbs[] = {
    {"launch", 0},    {"publish", 0},   {"post", 0},      {"run", 0},       {"send", 0},
    {"create", 0},    {"write", 0},     {"host", 0},      {"hold", 0},      {"attend", 0},
    {"exhibit", 0},   {"sponsor", 0},   {"organise", 0},  {"organize", 0},  {"redesign", 0},
    {"rebuild", 0},   {"implement", 0}, {"set up", 0},    {"start", 0},     {"produce", 0},
    {"record", 0},    {"film", 0},      {"shoot", 0},     {"design", 0},    {"update", 0},
    {"refresh", 0},   {"migrate", 0},   {"hire", 0},      {"train", 0},     {"automate", 0},
    {"test", 0},      {"roll out", 0},  {"introduce", 0}, {"develop", 0},   {"make", 0},
    {"install", 0},   {"translate", 0}, {"rewrite", 0},   {"optimise", 0},  {"optimize", 0},
    {"add", 0},       {"open", 0},      {"email", 0},     {"call", 0},      {"tweet", 0},
    {"blog", 0},      {"advertise", 0}, {"pitch", 0},
};

constexpr Phrase tracking_verbs[] = {
    {"track", 0}, {"monitor", 0}, {"measure", 0}, {"watch", 0}, {"report", 0}, {"follow", 0},
};

constexpr Phrase focus_verbs[] = {
    {"diversify", 0}, {"become", 0},  {"be", 0},         {"establish", 0}, {"enter", 0},
    {"position", 0},  {"own", 0},     {"lead", 0},       {"expand", 0},    {"modernise", 0},
    {"modernize", 0}, {"transform", 0}, {"reposition", 0}, {"dominate", 0}, {"differentiate", 0},
    {"protect", 0},   {"defend", 0},  {"break into", 0}, {"move into", 0}, {"shift", 0},
    {"build", 0},     {"strengthen", 0}, {"deepen", 0},  {"win", 0},       {"move", 0},
    {"turn", 0},      {"go", 0},
};

constexpr Phrase above_words[] = {
    {"above", 0},   {"over", 0},         {"at least", 0}, {"no less than", 0},
    {"minimum", 0}, {"min", 0},          {"more than", 0}, {"not below", 0},
    {"at or above", 0}, {"higher than", 0},
};

constexpr Phrase named_periods[] = {
    {"black friday", static_cast<int>(NamedPeriod::black_friday)},
    {"bfcm", static_cast<int>(NamedPeriod::cyber_monday)},
    {"cyber monday", static_cast<int>(NamedPeriod::cyber_monday)},
    {"cyber week", static_cast<int>(NamedPeriod::cyber_monday)},
    {"christmas", static_cast<int>(NamedPeriod::christmas)},
    {"xmas", static_cast<int>(NamedPeriod::christmas)},
    {"holiday season", static_cast<int>(NamedPeriod::holiday_season)},
    {"holidays", static_cast<int>(NamedPeriod::holiday_season)},
    {"festive season", static_cast<int>(NamedPeriod::holiday_season)},
    {"peak season", static_cast<int>(NamedPeriod::holiday_season)},
    {"prime day", static_cast<int>(NamedPeriod::unscheduled_event)},
    {"mother s day", static_cast<int>(NamedPeriod::unscheduled_event)},
    {"mothers day", static_cast<int>(NamedPeriod::unscheduled_event)},
    {"father s day", static_cast<int>(NamedPeriod::unscheduled_event)},
    {"fathers day", static_cast<int>(NamedPeriod::unscheduled_event)},
    {"easter", static_cast<int>(NamedPeriod::unscheduled_event)},
    {"valentine s day", static_cast<int>(NamedPeriod::valentines_day)},
    {"valentines day", static_cast<int>(NamedPeriod::valentines_day)},
    {"halloween", static_cast<int>(NamedPeriod::halloween)},
    {"singles day", static_cast<int>(NamedPeriod::singles_day)},
    {"boxing day", static_cast<int>(NamedPeriod::boxing_day)},
    {"back to school", static_cast<int>(NamedPeriod::unscheduled_event)},
    {"eoq", static_cast<int>(NamedPeriod::end_of_quarter)},
    {"eom", static_cast<int>(NamedPeriod::end_of_month)},
    {"eoy", static_cast<int>(NamedPeriod::end_of_year)},
    {"ye", static_cast<int>(NamedPeriod::end_of_year)},
    {"year end", static_cast<int>(NamedPeriod::end_of_year)},
    {"quarter end", static_cast<int>(NamedPeriod::end_of_quarter)},
    {"month end", static_cast<int>(NamedPeriod::end_of_month)},
    {"fy", static_cast<int>(NamedPeriod::fiscal_year)},
};

constexpr Phrase outcome_verbs[] = {
    {"add", 0}, {"make", 0}, {"hold", 0}, {"produce", 0}, {"open", 0}, {"start", 0},
};

constexpr Phrase wish_openers[] = {
    {"we want", 0},   {"we need", 0},  {"we would like", 0}, {"we d like", 0},
    {"we wish", 0},   {"we hope", 0},  {"i want", 0},        {"our goal is", 0},
    {"we aim", 0},    {"we aspire", 0},
};

constexpr Phrase rate_adverbs[] = {
    {"daily", static_cast<int>(Period::day)},         {"weekly", static_cast<int>(Period::week)},
    {"monthly", static_cast<int>(Period::month)},     {"quarterly", static_cast<int>(Period::quarter)},
    {"yearly", static_cast<int>(Period::year)},       {"annually", static_cast<int>(Period::year)},
    {"annual", static_cast<int>(Period::year)},
};

// The grammar's small words by role (Role in objective_vocabulary.hpp).
constexpr RoleWord role_table[] = {
    {"a", Role::indefinite_article},
    {"an", Role::indefinite_article},
    {"the", Role::the_article},
    {"our", Role::our},
    {"a", Role::determiner},
    {"an", Role::determiner},
    {"the", Role::determiner},
    {"our", Role::determiner},
    {"from", Role::from},
    {"to", Role::to},
    {"by", Role::by},
    {"of", Role::of},
    {"at", Role::at},
    {"than", Role::than},
    {"no", Role::no},
    {"no", Role::no_or_at},
    {"at", Role::no_or_at},
    {"new", Role::new_word},
    {"reach", Role::reach_word},
    {"half", Role::half},
    {"increase", Role::change_noun},
    {"growth", Role::change_noun},
    {"uplift", Role::change_noun},
    {"rise", Role::change_noun},
    {"lift", Role::change_noun},
    {"more", Role::change_noun},
    {"higher", Role::change_noun},
    {"boost", Role::change_noun},
    {"improvement", Role::change_noun},
    {"reduction", Role::change_noun},
    {"decrease", Role::change_noun},
    {"drop", Role::change_noun},
    {"fewer", Role::change_noun},
    {"lower", Role::change_noun},
    {"cut", Role::change_noun},
    {"less", Role::change_noun},
    {"jump", Role::change_noun},
    {"gain", Role::change_noun},
    {"reduction", Role::decrease_noun},
    {"decrease", Role::decrease_noun},
    {"drop", Role::decrease_noun},
    {"fewer", Role::decrease_noun},
    {"lower", Role::decrease_noun},
    {"cut", Role::decrease_noun},
    {"less", Role::decrease_noun},
    {"drive", Role::move_verb},
    {"push", Role::move_verb},
    {"bring", Role::move_verb},
    {"take", Role::move_verb},
    {"in", Role::region_opener},
    {"across", Role::region_opener},
    {"with", Role::audience_opener},
    {"for", Role::audience_opener},
    {"targeting", Role::audience_opener},
    {"q", Role::not_a_region},
    {"h", Role::not_a_region},
    {"the", Role::not_a_region},
    {"a", Role::not_a_region},
    {"an", Role::not_a_region},
    {"the", Role::the_or_our},
    {"our", Role::the_or_our},
    {"among", Role::among},
    {"amongst", Role::among},
    {"new", Role::customer_state},
    {"existing", Role::customer_state},
    {"current", Role::customer_state},
    {"returning", Role::customer_state},
    {"segment", Role::segment_noun},
    {"vertical", Role::segment_noun},
    {"sector", Role::segment_noun},
    {"outside", Role::exclusion},
    {"beyond", Role::exclusion},
    {"excluding", Role::exclusion},
    {"the", Role::stop_word},
    {"our", Role::stop_word},
    {"in", Role::stop_word},
    {"from", Role::stop_word},
    {"of", Role::stop_word},
    {"a", Role::stop_word},
    {"an", Role::stop_word},
    {"to", Role::stop_word},
    {"for", Role::stop_word},
    {"within", Role::stop_word},
    {"across", Role::stop_word},
    {"and", Role::stop_word},
    {"with", Role::stop_word},
    {"by", Role::stop_word},
    {"before", Role::stop_word},
    {"over", Role::stop_word},
    {"at", Role::stop_word},
    {"this", Role::stop_word},
    {"per", Role::stop_word},
    {"each", Role::stop_word},
    {"while", Role::stop_word},
    {"on", Role::stop_word},
    {"via", Role::stop_word},
    {"through", Role::stop_word},
    {"until", Role::stop_word},
    {"during", Role::stop_word},
    {"next", Role::stop_word},
    {"the", Role::channel_adjective},
    {"our", Role::channel_adjective},
    {"paid", Role::channel_adjective},
    {"organic", Role::channel_adjective},
    {"from", Role::channel_preposition},
    {"via", Role::channel_preposition},
    {"through", Role::channel_preposition},
    {"on", Role::channel_preposition},
    {"using", Role::channel_preposition},
    {"with", Role::channel_preposition},
    {"at", Role::channel_preposition},
    {"across", Role::channel_preposition},
    {"by", Role::channel_preposition},
    {"in", Role::channel_preposition},
    {"x", Role::letter_x},
    {"per", Role::rate_opener},
    {"a", Role::rate_opener},
    {"an", Role::rate_opener},
    {"cost", Role::cost},
    {"per", Role::per},
    {"into", Role::conversion_into},
    {"to", Role::conversion_into},
    {"paid", Role::paid_shorthand},
    {"paying", Role::paid_shorthand},
    {"paying", Role::won_state},
    {"new", Role::won_state},
    {"closed", Role::won_state},
    {"won", Role::won_state},
    {"year", Role::year},
    {"old", Role::years_old},
    {"olds", Role::years_old},
    {"top", Role::top},
    {"q", Role::period_prefix},
    {"h", Role::period_prefix},
    {"fy", Role::period_prefix},
    {"q", Role::quarter_or_half_prefix},
    {"h", Role::quarter_or_half_prefix},
    {"q", Role::quarter_prefix},
    {"within", Role::duration_opener},
    {"in", Role::duration_opener},
    {"over", Role::duration_opener},
    {"during", Role::duration_opener},
    {"for", Role::duration_opener},
    {"inside", Role::duration_opener},
    {"next", Role::duration_opener},
    {"next", Role::next},
    {"next", Role::upcoming},
    {"coming", Role::upcoming},
    {"first", Role::upcoming},
    {"following", Role::upcoming},
    {"upcoming", Role::upcoming},
    {"this", Role::this_word},
    {"end", Role::end},
    {"the", Role::the_or_this},
    {"this", Role::the_or_this},
    {"by", Role::deadline_opener},
    {"before", Role::deadline_opener},
    {"until", Role::deadline_opener},
    {"till", Role::deadline_opener},
    {"through", Role::deadline_opener},
    {"in", Role::deadline_opener},
    {"on", Role::deadline_opener},
    {"for", Role::deadline_opener},
    {"ending", Role::deadline_opener},
    {"due", Role::deadline_opener},
    {"during", Role::deadline_opener},
    {"throughout", Role::deadline_opener},
    {"across", Role::deadline_opener},
    {"ahead", Role::deadline_opener},
    {"ahead", Role::ahead},
    {"per", Role::rate_word},
    {"a", Role::rate_word},
    {"an", Role::rate_word},
    {"each", Role::rate_word},
    {"every", Role::rate_word},
    {"pcm", Role::rate_word},
    {"pcm", Role::pcm}
};

constexpr Phrase age_words[] = {
    {"aged", 0}, {"age", 0}, {"ages", 0}, {"age group", 0}, {"top", 0}, {"fortune", 0},
};

struct NumberWord {
    std::string_view word;
    double value;
};
constexpr NumberWord number_words[] = {
    {"zero", 0},     {"one", 1},        {"two", 2},       {"three", 3},    {"four", 4},
    {"five", 5},     {"six", 6},        {"seven", 7},     {"eight", 8},    {"nine", 9},
    {"ten", 10},     {"eleven", 11},    {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},    {"forty", 40},    {"fifty", 50},   {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},    {"ninety", 90},   {"dozen", 12},
};

// ---- the index ----------------------------------------------------------------------------

// Phrases of every vocabulary by their first word, longest first, in flat arrays: the parser
// asks about every token, and between two spreadsheet calls Calc's own work evicts the index
// from the CPU caches, so contiguous memory matters more than the instruction count.
struct IndexedPhrase {
    std::uint32_t later_words; // index in PhraseIndex::later_words_ of its second word
    std::uint8_t length;       // words in all
    Vocabulary vocabulary;
    std::int16_t value;
};

struct Bucket {
    std::uint32_t begin; // range in PhraseIndex::phrases_
    std::uint32_t end;
};

class PhraseIndex {
public:
    void add(Vocabulary vocabulary, std::string_view words, int value) {
        pending_.push_back({split_words(words), value, vocabulary});
    }
    // A role of a word: kept with the word's phrases, so one look-up finds both.
    void add_role(std::string_view word, Role role) { pending_roles_.push_back({word, role}); }

    // Lays the phrases out once all are added.
    void freeze() {
        std::vector<std::size_t> order(pending_.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (pending_[a].words.front() != pending_[b].words.front()) {
                return pending_[a].words.front() < pending_[b].words.front();
            }
            return pending_[a].words.size() > pending_[b].words.size();
        });
        std::map<std::string_view, WordEntry> entries;
        for (const std::size_t i : order) {
            const Pending& phrase = pending_[i];
            Bucket& bucket = entries[phrase.words.front()].bucket;
            if (bucket.begin == bucket.end) {
                bucket.begin = static_cast<std::uint32_t>(phrases_.size());
            }
            phrases_.push_back({static_cast<std::uint32_t>(later_words_.size()),
                                static_cast<std::uint8_t>(phrase.words.size()), phrase.vocabulary,
                                static_cast<std::int16_t>(phrase.value)});
            later_words_.insert(later_words_.end(), phrase.words.begin() + 1, phrase.words.end());
            bucket.end = static_cast<std::uint32_t>(phrases_.size());
        }
        for (const RoleWord& entry : pending_roles_) {
            entries[entry.word].roles |= role_bit(entry.role);
        }
        words_ = WordMap<WordEntry>({entries.begin(), entries.end()});
        for (const auto& [word, entry] : entries) {
            word_list_.push_back(word);
        }
        pending_.clear();
        pending_.shrink_to_fit();
        pending_roles_.clear();
        pending_roles_.shrink_to_fit();
    }

    // A word's phrases (an empty bucket for a word with roles only) and roles.
    struct WordEntry {
        Bucket bucket{};
        std::uint64_t roles = 0;
    };

    const WordEntry* entry(std::string_view word) const { return words_.find(word); }
    std::span<const std::string_view> words() const { return word_list_; }

    const Bucket* bucket(std::string_view word) const {
        const WordEntry* found = entry(word);
        return found == nullptr || found->bucket.begin == found->bucket.end ? nullptr : &found->bucket;
    }

    std::span<const IndexedPhrase> phrases(const Bucket& bucket) const {
        return std::span(phrases_).subspan(bucket.begin, bucket.end - bucket.begin);
    }
    // The k-th word (k >= 1) of a phrase.
    std::string_view word(const IndexedPhrase& phrase, std::size_t k) const {
        return later_words_[phrase.later_words + k - 1];
    }

private:
    struct Pending {
        std::vector<std::string_view> words;
        int value;
        Vocabulary vocabulary;
    };
    std::vector<Pending> pending_;
    std::vector<RoleWord> pending_roles_;
    std::vector<IndexedPhrase> phrases_;
    std::vector<std::string_view> later_words_;
    WordMap<WordEntry> words_{{}};
    std::vector<std::string_view> word_list_;
};

bool word_matches(const Token& token, std::string_view word) {
    return !token.is_number &&
           (token.word == word || (token.word.size() == word.size() + 1 &&
                                   token.word.back() == 's' && token.word.starts_with(word)));
}

const PhraseIndex& phrase_index();

// Whether the words after a phrase's first follow tokens[at].
bool later_words_match(const PhraseIndex& index, const IndexedPhrase& phrase,
                       std::span<const Token> tokens, std::size_t at) {
    if (at + phrase.length > tokens.size()) {
        return false;
    }
    for (std::size_t k = 1; k < phrase.length; ++k) {
        if (!word_matches(tokens[at + k], index.word(phrase, k))) {
            return false;
        }
    }
    return true;
}

// The first (longest) phrase of `vocabulary` in `bucket` whose later words follow tokens[at].
std::optional<PhraseMatch> longest_in(const void* bucket, Vocabulary vocabulary,
                                      std::span<const Token> tokens, std::size_t at) {
    if (bucket == nullptr) {
        return std::nullopt;
    }
    const PhraseIndex& index = phrase_index();
    for (const IndexedPhrase& phrase : index.phrases(*static_cast<const Bucket*>(bucket))) {
        if (phrase.vocabulary == vocabulary && later_words_match(index, phrase, tokens, at)) {
            return PhraseMatch{phrase.value, phrase.length};
        }
    }
    return std::nullopt;
}

template <std::size_t N>
int index_of(const std::string_view (&names)[N], std::string_view name) {
    return static_cast<int>(std::find(std::begin(names), std::end(names), name) - std::begin(names));
}

int metric_index(std::string_view name) {
    const auto* it = std::find_if(std::begin(metric_table), std::end(metric_table),
                                  [&](const MetricName& metric) { return metric.name == name; });
    return static_cast<int>(it - std::begin(metric_table));
}

template <std::size_t N>
void add_all(PhraseIndex& index, Vocabulary vocabulary, const Phrase (&phrases)[N]) {
    for (const Phrase& phrase : phrases) {
        index.add(vocabulary, phrase.words, phrase.value);
    }
}

PhraseIndex build_index() {
    PhraseIndex index;
    for (const Form form : PairTable<Form>(metric_forms.table())) {
        index.add(Vocabulary::metric, form.words, metric_index(form.canonical));
    }
    for (const Form form : PairTable<Form>(channel_forms.table())) {
        index.add(Vocabulary::channel, form.words, index_of(channel_table, form.canonical));
    }
    add_all(index, Vocabulary::time_unit, time_units);
    add_all(index, Vocabulary::month, months);
    add_all(index, Vocabulary::increase_verb, increase_verbs);
    add_all(index, Vocabulary::decrease_verb, decrease_verbs);
    add_all(index, Vocabulary::reach_verb, reach_verbs);
    add_all(index, Vocabulary::keep_verb, keep_verbs);
    add_all(index, Vocabulary::below_word, below_words);
    add_all(index, Vocabulary::cost_metric, cost_metrics);
    add_all(index, Vocabulary::region, regions);
    add_all(index, Vocabulary::segment_word, segment_words);
    add_all(index, Vocabulary::product_word, product_words);
    add_all(index, Vocabulary::multiplier_word, multiplier_words);
    add_all(index, Vocabulary::activity_verb, activity_verbs);
    add_all(index, Vocabulary::tracking_verb, tracking_verbs);
    add_all(index, Vocabulary::focus_verb, focus_verbs);
    add_all(index, Vocabulary::above_word, above_words);
    add_all(index, Vocabulary::named_period, named_periods);
    add_all(index, Vocabulary::outcome_verb, outcome_verbs);
    add_all(index, Vocabulary::wish_opener, wish_openers);
    add_all(index, Vocabulary::age_word, age_words);
    add_all(index, Vocabulary::rate_adverb, rate_adverbs);
    for (const RoleWord& entry : role_table) {
        index.add_role(entry.word, entry.role);
    }
    index.freeze();
    return index;
}

const PhraseIndex& phrase_index() {
    static const PhraseIndex built = build_index(); // thread-safe, built once
    return built;
}

std::optional<double> number_word_value(std::string_view word) {
    // Number words by first letter: most words are rejected by one table look-up.
    static const auto by_letter = [] {
        std::array<std::vector<NumberWord>, 26> table;
        for (const NumberWord& entry : number_words) {
            table[static_cast<std::size_t>(entry.word.front() - 'a')].push_back(entry);
        }
        return table;
    }();
    if (word.size() < 3 || word.front() < 'a' || word.front() > 'z') {
        return std::nullopt;
    }
    for (const NumberWord& entry : by_letter[static_cast<std::size_t>(word.front() - 'a')]) {
        if (entry.word == word) {
            return entry.value;
        }
    }
    return std::nullopt;
}

// A word token's value as a number word, negative if none (the lexicon knows every number word).
double number_word_value(const Token& token) {
    return token.is_number || token.lexeme == nullptr ? -1.0 : token.lexeme->facts.number_value;
}

// The currency a word token names ("eur", "pounds"), or none.
CurrencyCode currency_named(const Token& token) {
    return token.is_number || token.lexeme == nullptr ? CurrencyCode() : token.lexeme->facts.currency;
}

} // namespace

std::optional<PhraseMatch> match_phrase(Vocabulary vocabulary, std::span<const Token> tokens,
                                        std::size_t at) {
    if (at >= tokens.size() || tokens[at].is_number) {
        return std::nullopt;
    }
    if (tokens[at].lexeme == nullptr) {
        return std::nullopt;
    }
    // "sales": the phrases that start with "sales", then the longer ones of "sale" (plural).
    const WordFacts& phrases = tokens[at].lexeme->facts;
    auto best = longest_in(phrases.phrases, vocabulary, tokens, at);
    const auto singular = longest_in(phrases.singular_phrases, vocabulary, tokens, at);
    if (singular && (!best || singular->length > best->length)) {
        best = singular;
    }
    return best;
}

namespace {

// The longest phrase of every vocabulary starting at tokens[at], a word the tables know.
void match_phrases_at(const PhraseIndex& index, std::span<const Token> tokens, std::size_t at,
                      PhraseMatches& matches) {
    const WordFacts& phrases = tokens[at].lexeme->facts;
    for (const void* bucket : {phrases.phrases, phrases.singular_phrases}) {
        if (bucket == nullptr) {
            continue;
        }
        for (const IndexedPhrase& phrase : index.phrases(*static_cast<const Bucket*>(bucket))) {
            auto& best = matches[static_cast<std::size_t>(phrase.vocabulary)];
            if (best.length < phrase.length && later_words_match(index, phrase, tokens, at)) {
                best = PackedMatch{phrase.value, phrase.length};
            }
        }
    }
}

} // namespace

void match_all_phrases(std::span<const Token> tokens, std::span<PhraseMatches> matches) {
    const PhraseIndex& index = phrase_index();
    for (std::size_t at = 0; at < tokens.size(); ++at) {
        if (!tokens[at].is_number && tokens[at].lexeme != nullptr) {
            match_phrases_at(index, tokens, at, matches[at]);
        }
    }
}

bool starts_phrase(std::string_view word) { return phrase_index().bucket(word) != nullptr; }

std::span<const RoleWord> role_words() { return role_table; }

WordFacts facts_of(std::string_view word) {
    const PhraseIndex& index = phrase_index();
    WordFacts result;
    if (const auto value = number_word_value(word)) {
        result.number_value = *value;
    }
    if (const Currency* currency = currency_named(word)) {
        result.currency = currency->code;
    }
    if (const auto* entry = index.entry(word)) {
        result.roles = entry->roles;
        result.phrases = entry->bucket.begin == entry->bucket.end ? nullptr : &entry->bucket;
    }
    if (word.size() > 1 && word.back() == 's') {
        result.singular_phrases = index.bucket(word.substr(0, word.size() - 1));
    }
    return result;
}

std::span<const std::string_view> known_words() {
    static const std::vector<std::string_view> words = [] {
        std::vector<std::string_view> result(phrase_index().words().begin(), phrase_index().words().end());
        for (const NumberWord& entry : number_words) {
            result.push_back(entry.word);
        }
        for (const Currency& currency : currencies) {
            result.insert(result.end(), currency.words.begin(), currency.words.end());
        }
        return result;
    }();
    return words;
}

std::span<const MetricName> metric_names() { return metric_table; }
std::span<const std::string_view> channel_names() { return channel_table; }

void merge_number_words(std::vector<Token>& tokens, std::string_view text) {
    // Compacted in place: the write position never passes the read position.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // Read and changed in place (i >= kept), moved down only when something was merged.
        Token& token = tokens[i];
        if (!token.is_number) {
            // "a dozen" is 12; "twenty five" is 25.
            const bool article = (token.word == "a" || token.word == "an") && i + 1 < tokens.size() &&
                                 (tokens[i + 1].word == "dozen" || tokens[i + 1].word == "hundred" ||
                                  tokens[i + 1].word == "thousand");
            if (article) {
                continue;
            }
            // "five-star reviews", "one-stop shop": a number word joined to a word is a name.
            const bool joined = i + 1 < tokens.size() && token.end < text.size() &&
                                text[token.end] == '-' && tokens[i + 1].begin == token.end + 1 &&
                                !tokens[i + 1].is_number;
            if (const double value = number_word_value(token); value >= 0 && !joined) {
                token.is_number = true;
                token.lexeme = nullptr; // a number now, no word
                token.roles = 0;
                token.number = value;
                if (value >= 20 && value < 100 && i + 1 < tokens.size()) {
                    if (const double unit = number_word_value(tokens[i + 1]); unit >= 0 && unit < 10) {
                        token.number += unit;
                        ++i;
                    }
                }
            } else if ((token.word == "hundred" || token.word == "thousand") &&
                       (kept == 0 || !tokens[kept - 1].is_number)) {
                token.is_number = true; // "a hundred", "a thousand"
                token.lexeme = nullptr;
                token.roles = 0;
                token.number = token.word == "hundred" ? 100 : 1000;
            }
        }
        // "USD 150", "EUR 4.5M": the code goes to the number after it.
        if (!token.is_number && i + 1 < tokens.size() && tokens[i + 1].is_number &&
            tokens[i + 1].currency.empty() && token.word.size() == 3 &&
            !currency_named(token).empty()) {
            tokens[i + 1].currency = currency_named(token);
            continue;
        }
        if (!token.is_number && kept != 0 && tokens[kept - 1].is_number) {
            Token& number = tokens[kept - 1];
            // "3 percentage points", "3 pp", "3% points", "50 basis points": a change of a
            // percentage in points, never a relative change.
            const bool next_is_point =
                i + 1 < tokens.size() && (tokens[i + 1].word == "point" || tokens[i + 1].word == "points");
            if ((token.word == "percentage" && next_is_point) || token.word == "pp" ||
                token.word == "ppt" || token.word == "ppts" || token.word == "pts" ||
                ((token.word == "points" || token.word == "point") && number.from_digits)) {
                // "percentage points", "pp", "3% points" are points of a percentage (marked
                // percent); plain "points" may be NPS or rating points, left to the reader.
                number.percent = number.percent || token.word == "percentage" ||
                                 token.word.starts_with("pp");
                number.points = true;
                i += token.word == "percentage" ? 1 : 0;
                continue;
            }
            if ((token.word == "basis" && next_is_point) || token.word == "bps") {
                number.points = true;
                number.number /= 100.0;
                i += token.word == "basis" ? 1 : 0;
                continue;
            }
            if (token.word == "percent" || (token.word == "per" && i + 1 < tokens.size() &&
                                            tokens[i + 1].word == "cent")) {
                number.percent = true;
                i += token.word == "per" ? 1 : 0;
                number.end = tokens[i].end; // the words belong to the number from here on
                continue;
            }
            if (const CurrencyCode code = currency_named(token); !code.empty() && number.currency.empty()) {
                number.currency = code;
                number.end = token.end;
                continue;
            }
            const double scale = token.word == "hundred"    ? 1e2
                                 : token.word == "thousand" ? 1e3
                                 : token.word == "million"  ? 1e6
                                 : token.word == "billion"  ? 1e9
                                                            : 0.0;
            if (scale != 0.0) {
                number.number *= scale;
                number.end = token.end;
                continue;
            }
        }
        if (kept != i) {
            tokens[kept] = token;
        }
        ++kept;
    }
    tokens.resize(kept);
}

} // namespace goalpost::detail
