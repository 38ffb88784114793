#include "demo/democatalogue.h"

#include "demo/democalendar.h"
#include "demo/demodetails.h"

#include <QJsonDocument>

#include <span>

namespace democatalogue {
namespace {

// One catalogue line. Texts are UTF-8; attributes are a JSON object.
struct Entry
{
    const char *nameKo;
    const char *nameEn;
    const char *aboutKo;
    const char *aboutEn;
    qint64 price;
    int capacity;
    const char *attributes;
    Ending ending;
};

// Rental cars carry 하/허/호 plates in Korea. Per day.
constexpr Entry Cars[] = {
    {"현대 아반떼", "Hyundai Avante", "1.6 가솔린 준중형 세단. 출퇴근과 시내 주행에 알맞습니다.",
     "1.6 L petrol compact sedan, easy to drive and park in the city.", 55'000, 1,
     R"j({"plate":"12하 3456","fuel":"petrol","seats":5,"colour":"white","year":2023})j", Ending::Active},
    {"기아 K5", "Kia K5", "2.0 LPi 중형 세단. 장거리에도 연료비 부담이 적습니다.",
     "2.0 L LPG mid-size sedan with low running costs on long trips.", 68'000, 1,
     R"j({"plate":"34허 7812","fuel":"LPG","seats":5,"colour":"grey","year":2022})j", Ending::Active},
    {"현대 쏘나타", "Hyundai Sonata", "넉넉한 실내의 중형 세단. 출장과 가족 여행에 인기입니다.",
     "Roomy mid-size sedan, popular for business trips and family travel.", 70'000, 1,
     R"j({"plate":"56호 2290","fuel":"petrol","seats":5,"colour":"black","year":2023})j", Ending::Active},
    {"현대 그랜저 하이브리드", "Hyundai Grandeur Hybrid", "조용한 준대형 하이브리드 세단. 의전과 비즈니스 용도.",
     "Quiet full-size hybrid sedan for business guests.", 95'000, 1,
     R"j({"plate":"27하 5521","fuel":"hybrid","seats":5,"colour":"black","year":2024})j", Ending::Active},
    {"기아 카니발 9인승", "Kia Carnival 9-seater", "9인승 미니밴. 단체 여행과 골프 여행에 알맞습니다.",
     "9-seat minivan for groups and golf trips.", 120'000, 1,
     R"j({"plate":"41허 9034","fuel":"diesel","seats":9,"colour":"white","year":2023})j", Ending::Maintenance},
    {"현대 투싼", "Hyundai Tucson", "2WD 준중형 SUV. 캠핑 짐도 넉넉히 실립니다.",
     "Compact SUV with room for camping gear.", 80'000, 1,
     R"j({"plate":"63호 1178","fuel":"petrol","seats":5,"colour":"blue","year":2023})j", Ending::Active},
    {"현대 아이오닉 5", "Hyundai Ioniq 5", "1회 충전 458km 전기차. 충전 카드가 함께 제공됩니다.",
     "Electric car with a 458 km range; a charging card is included.", 90'000, 1,
     R"j({"plate":"19하 8407","fuel":"electric","seats":5,"colour":"matte grey","year":2024})j", Ending::Active},
    {"기아 EV6", "Kia EV6", "고속 충전을 지원하는 전기 크로스오버.",
     "Electric crossover with ultra-fast charging.", 95'000, 1,
     R"j({"plate":"52허 3316","fuel":"electric","seats":5,"colour":"white","year":2024})j", Ending::Active},
    {"제네시스 G80", "Genesis G80", "프리미엄 대형 세단. 만 26세 이상, 운전 경력 3년 이상.",
     "Premium executive sedan; drivers aged 26+ with 3 years' experience.", 150'000, 1,
     R"j({"plate":"38호 6620","fuel":"petrol","seats":5,"colour":"black","year":2024})j", Ending::Active},
    {"기아 레이", "Kia Ray", "경차 혜택으로 주차와 통행료가 저렴한 박스형 경차.",
     "Boxy city car with light-car discounts on parking and tolls.", 40'000, 1,
     R"j({"plate":"75하 4093","fuel":"petrol","seats":4,"colour":"yellow","year":2022})j", Ending::Active},
    {"현대 싼타페", "Hyundai Santa Fe", "7인승 중형 SUV. 사계절 4WD.",
     "7-seat mid-size SUV with all-wheel drive.", 98'000, 1,
     R"j({"plate":"84허 2751","fuel":"diesel","seats":7,"colour":"brown","year":2023})j", Ending::Active},
    {"쉐보레 스파크", "Chevrolet Spark", "연식이 오래되어 매각 예정인 경차.",
     "Older city car, to be sold at the end of its fleet life.", 35'000, 1,
     R"j({"plate":"90호 5162","fuel":"petrol","seats":4,"colour":"red","year":2018})j", Ending::Retired},
};

// Exhibitions; their sessions are resources. Capacity is the hall's seats, priced per seat.
constexpr Entry Exhibitions[] = {
    {"빛의 화가 반 고흐", "Van Gogh: Painter of Light",
     "크뢸러뮐러 미술관 소장품으로 만나는 반 고흐의 빛과 색.",
     "Van Gogh's light and colour, with works from the Kröller-Müller Museum.", 20'000, 120,
     R"j({"hall":"1관 (Hall 1)","floor":"1F","audioGuide":true})j", Ending::Active},
    {"한국 근현대 사진전", "Modern Korean Photography",
     "1950년대부터 오늘까지, 사진으로 본 한국의 일상.",
     "Everyday Korea from the 1950s to today, in photographs.", 15'000, 60,
     R"j({"hall":"2관 (Hall 2)","floor":"2F","audioGuide":false})j", Ending::Active},
    {"미디어아트: 바다의 꿈", "Media Art: Dream of the Sea",
     "바다를 주제로 한 몰입형 미디어아트. 회차당 40명 입장.",
     "An immersive media-art journey under the sea; 40 visitors per session.", 25'000, 40,
     R"j({"hall":"3관 몰입형 전시실 (Hall 3, immersive room)","floor":"B1","audioGuide":false})j", Ending::Active},
    {"어린이 공룡 탐험전", "Kids' Dinosaur Discovery",
     "실물 크기 공룡 모형과 화석 발굴 체험.",
     "Life-size dinosaurs and a fossil dig for children.", 12'000, 80,
     R"j({"hall":"4관 (Hall 4)","floor":"1F","audioGuide":true})j", Ending::Active},
};

struct Session
{
    int exhibition;
    int dayOffset;
    int hour;
    int minute;
    Ending ending;
    bool underWayNow; // the session under way now, whatever the time of day
};

constexpr int SessionMinutes = int(DemoCalendar::SlotSeconds / 60);

constexpr Session Sessions[] = {
    {0, -52, 14, 0, Ending::Active, false}, {1, -44, 13, 0, Ending::Active, false},
    {2, -37, 17, 0, Ending::Active, false}, {0, -30, 11, 0, Ending::Active, false},
    {1, -20, 16, 0, Ending::Active, false}, {3, -14, 10, 30, Ending::Active, false},
    {0, -9, 15, 0, Ending::Active, false},  {2, 0, 0, 0, Ending::Active, true},
    {3, 2, 10, 30, Ending::Active, false},  {0, 4, 11, 0, Ending::Active, false},
    {1, 9, 13, 0, Ending::Retired, false},  {2, 13, 19, 0, Ending::Active, false},
    {0, 18, 14, 0, Ending::Active, false},  {1, 25, 11, 0, Ending::Active, false},
    {3, 27, 10, 30, Ending::Active, false},
};

// Things neighbours lend each other (GDmarket). Per day.
constexpr Entry Items[] = {
    {"4인용 캠핑 텐트", "4-person camping tent", "원터치 설치 돔 텐트. 그라운드시트 포함.",
     "Pop-up dome tent with a groundsheet.", 15'000, 1,
     R"j({"owner":"박서진","neighbourhood":"망원동 (Mangwon-dong)","brand":"Coleman","deposit":50000,"condition":"good"})j", Ending::Active},
    {"무선 전동 드릴 세트", "Cordless drill set", "18V 배터리 2개와 비트 30종 포함.",
     "18 V with two batteries and 30 bits.", 8'000, 1,
     R"j({"owner":"김도현","neighbourhood":"연남동 (Yeonnam-dong)","brand":"Bosch","deposit":30000,"condition":"like new"})j", Ending::Active},
    {"풀HD 빔 프로젝터", "Full HD projector", "3,500안시 프로젝터와 100인치 스크린.",
     "3,500-lumen projector with a 100-inch screen.", 20'000, 1,
     R"j({"owner":"이수빈","neighbourhood":"합정동 (Hapjeong-dong)","brand":"Epson","deposit":100000,"condition":"good"})j", Ending::Active},
    {"캠핑 의자 2개 세트", "Camping chairs, set of 2", "접이식 릴랙스 체어 2개.",
     "Two folding lounge chairs.", 5'000, 1,
     R"j({"owner":"박서진","neighbourhood":"망원동 (Mangwon-dong)","brand":"Helinox","deposit":20000,"condition":"good"})j", Ending::Active},
    {"접이식 사다리 2m", "Folding ladder, 2 m", "알루미늄 A형 사다리.",
     "Aluminium A-frame ladder.", 6'000, 1,
     R"j({"owner":"정우진","neighbourhood":"서교동 (Seogyo-dong)","deposit":20000,"condition":"fair"})j", Ending::Active},
    {"유아 카시트", "Child car seat", "ISOFIX 장착, 9개월~4세용.",
     "ISOFIX seat for children from 9 months to 4 years.", 10'000, 1,
     R"j({"owner":"한지민","neighbourhood":"망원동 (Mangwon-dong)","brand":"Britax","deposit":50000,"condition":"like new"})j", Ending::Active},
    {"미러리스 카메라", "Mirrorless camera", "소니 a6400과 16-50mm 렌즈, 여분 배터리.",
     "Sony a6400 with a 16-50 mm lens and a spare battery.", 30'000, 1,
     R"j({"owner":"오세훈","neighbourhood":"연남동 (Yeonnam-dong)","brand":"Sony","deposit":300000,"condition":"good"})j", Ending::Active},
    {"고압 세척기", "Pressure washer", "세차와 베란다 청소용 고압 세척기.",
     "For washing cars and balconies.", 12'000, 1,
     R"j({"owner":"김도현","neighbourhood":"연남동 (Yeonnam-dong)","brand":"Kärcher","deposit":50000,"condition":"under repair"})j", Ending::Maintenance},
    {"보드게임 묶음", "Board game bundle", "카탄, 스플렌더, 할리갈리 등 5종.",
     "Five games including Catan, Splendor and Halli Galli.", 5'000, 1,
     R"j({"owner":"이수빈","neighbourhood":"합정동 (Hapjeong-dong)","deposit":20000,"condition":"good"})j", Ending::Active},
    {"재봉틀", "Sewing machine", "초보자용 전자 재봉틀과 기본 실 세트.",
     "Beginner-friendly sewing machine with basic threads.", 9'000, 1,
     R"j({"owner":"한지민","neighbourhood":"망원동 (Mangwon-dong)","brand":"Brother","deposit":50000,"condition":"good"})j", Ending::Active},
    {"28인치 여행용 캐리어", "28-inch suitcase", "TSA 잠금장치가 있는 대형 캐리어.",
     "Large suitcase with a TSA lock.", 7'000, 1,
     R"j({"owner":"정우진","neighbourhood":"서교동 (Seogyo-dong)","brand":"Samsonite","deposit":30000,"condition":"good"})j", Ending::Active},
    {"전기자전거", "E-bike", "1회 충전 60km, 헬멧 포함. 주인이 이사 가서 대여 종료 예정.",
     "60 km per charge, helmet included; the owner is moving away.", 25'000, 1,
     R"j({"owner":"오세훈","neighbourhood":"연남동 (Yeonnam-dong)","deposit":200000,"condition":"good"})j", Ending::Retired},
};

// Taxi classes; capacity is the number of taxis of the class available for booking. The
// price is the flat fare of a reserved ride.
constexpr Entry TaxiClasses[] = {
    {"일반 중형 택시", "Standard taxi", "가장 많이 이용하는 4인승 중형 택시. 시내 예약 정액 요금.",
     "Our most popular 4-seat taxi; flat fare for reserved city rides.", 15'000, 12,
     R"j({"vehicles":"Hyundai Sonata, Kia K5","seats":4})j", Ending::Active},
    {"모범 택시", "Deluxe taxi", "경력 10년 이상 기사님이 운행하는 검은색 모범 택시.",
     "Black deluxe taxis driven by drivers with 10+ years of experience.", 25'000, 6,
     R"j({"vehicles":"Hyundai Grandeur","seats":4})j", Ending::Active},
    {"대형 승합 택시", "Large 9-seat taxi", "일행이 많거나 짐이 많을 때 알맞은 9인승 승합 택시.",
     "9-seat van for groups or lots of luggage.", 35'000, 4,
     R"j({"vehicles":"Kia Carnival","seats":9})j", Ending::Active},
    {"프리미엄 밴", "Premium van", "독립 시트와 와이파이를 갖춘 7인승 의전 차량.",
     "7-seat van with captain chairs and Wi-Fi for business travel.", 60'000, 3,
     R"j({"vehicles":"Kia Carnival Hi-Limousine","seats":7,"wifi":true})j", Ending::Active},
    {"공항 정액 택시", "Airport flat-rate taxi", "서울 시내와 인천공항 사이 정액 요금. 짐 2개 무료.",
     "Flat fare between central Seoul and Incheon Airport; two bags included.", 65'000, 5,
     R"j({"vehicles":"Hyundai Sonata, Kia Carnival","seats":4})j", Ending::Active},
    {"전기 택시", "EV taxi", "조용하고 배출가스 없는 전기 택시.",
     "Quiet, zero-emission electric taxis.", 15'000, 6,
     R"j({"vehicles":"Hyundai Ioniq 5, Kia Niro EV","seats":4})j", Ending::Active},
    {"반려동물 동반 택시", "Pet taxi", "이동장과 방석을 갖춘 반려동물 동반 택시.",
     "Pet-friendly taxi with a carrier and a seat cover.", 20'000, 2,
     R"j({"vehicles":"Kia Niro","seats":4,"petCarrier":true})j", Ending::Active},
    {"휠체어 탑승 택시", "Wheelchair-accessible taxi", "경사로를 갖춘 휠체어 탑승 차량. 보호자 1인 동승 무료.",
     "Ramp-equipped vehicle; one companion rides free.", 10'000, 2,
     R"j({"vehicles":"Kia Carnival with ramp","seats":4,"wheelchair":true})j", Ending::Active},
    {"외국어 안내 택시", "International taxi", "영어·일본어·중국어가 가능한 기사님이 운행합니다.",
     "Drivers who speak English, Japanese or Chinese.", 30'000, 3,
     R"j({"vehicles":"Hyundai Sonata","seats":4,"languages":"en, ja, zh"})j", Ending::Active},
    {"블랙 리무진", "Black limousine", "의전용 고급 리무진. 서비스 종료 예정.",
     "Chauffeured luxury limousine; the service is being discontinued.", 90'000, 2,
     R"j({"vehicles":"Genesis G90","seats":4})j", Ending::Retired},
};

// Rental products delivered to the customer's home; capacity is the stock. Per month.
constexpr Entry Products[] = {
    {"공기청정기", "Air purifier", "33㎡ 거실용. 2개월마다 필터 교체 방문.",
     "For living rooms up to 33 m²; filter changed every two months.", 29'900, 10,
     R"j({"brand":"Coway","model":"AP-1019C","installation":"free"})j", Ending::Active},
    {"안마의자", "Massage chair", "전신 안마의자. 설치와 수거 무료.",
     "Full-body massage chair; free installation and pick-up.", 89'000, 4,
     R"j({"brand":"Bodyfriend","model":"Phantom II","installation":"free"})j", Ending::Active},
    {"냉온정수기", "Water purifier", "냉수, 온수, 정수. 4개월마다 방문 관리.",
     "Hot, cold and purified water; serviced every four months.", 24'900, 12,
     R"j({"brand":"SK magic","model":"WPU-A700C","installation":"free"})j", Ending::Active},
    {"비데", "Bidet", "온수 세정과 건조 기능의 전자 비데.",
     "Electronic bidet with warm water and dryer.", 14'900, 8,
     R"j({"brand":"Coway","model":"BA-16","installation":"free"})j", Ending::Active},
    {"의류관리기", "Clothing care cabinet", "스팀으로 3벌을 동시에 관리합니다.",
     "Steam-refreshes three garments at once.", 59'000, 5,
     R"j({"brand":"LG","model":"Styler S3","installation":"free"})j", Ending::Active},
    {"식기세척기", "Dishwasher", "12인용 빌트인 겸용 식기세척기.",
     "12-place dishwasher, free-standing or built-in.", 39'900, 6,
     R"j({"brand":"SK magic","model":"DWA-7303","installation":"free"})j", Ending::Active},
    {"로봇청소기", "Robot vacuum", "먼지 자동 비움 스테이션 포함.",
     "With an automatic dust-emptying station.", 34'900, 8,
     R"j({"brand":"Samsung","model":"Bespoke Jet Bot","installation":"none"})j", Ending::Active},
    {"제습기", "Dehumidifier", "하루 16L 제습, 장마철 인기 상품.",
     "Removes 16 L a day; popular in the monsoon season.", 19'900, 6,
     R"j({"brand":"Winix","model":"DN2H160","installation":"none"})j", Ending::Active},
    {"노트북", "Laptop", "16인치 초경량 노트북, 재택근무용.",
     "Ultra-light 16-inch laptop for working from home.", 69'000, 5,
     R"j({"brand":"LG","model":"gram 16","installation":"none"})j", Ending::Active},
    {"유모차", "Stroller", "신생아부터 사용하는 디럭스 유모차.",
     "Full-size stroller suitable from birth.", 45'000, 3,
     R"j({"brand":"Bugaboo","model":"Fox 5","installation":"none"})j", Ending::Active},
    {"이동식 에어컨", "Portable air conditioner", "단종된 모델로 대여를 종료합니다.",
     "Discontinued model; rentals are ending.", 39'000, 4,
     R"j({"brand":"Carrier","model":"CPA-Q091PD","installation":"free"})j", Ending::Retired},
};

struct Person
{
    const char *name;
    const char *phone;
    const char *email;
};

// Phone numbers use the 010-0xxx block, which is not given to subscribers, so a shop with an
// SMS gateway configured never texts a stranger from the demo.
constexpr Person People[] = {
    {"김민지", "010-0412-3381", "minji.kim@example.com"},
    {"이서준", "010-0587-2214", ""},
    {"박지훈", "010-0733-9045", "jihoon.park@example.com"},
    {"최수아", "010-0268-4471", ""},
    {"James Miller", "010-0652-9931", "james.miller@example.com"},
    {"정하윤", "010-0915-6632", "hayoon.jung@example.com"},
    {"강도윤", "010-0354-8820", ""},
    {"Emily Clarke", "010-0238-4405", "emily.clarke@example.com"},
    {"조예린", "010-0621-1597", "yerin.cho@example.com"},
    {"윤지호", "010-0849-3306", ""},
    {"Daniel Kim", "010-0781-2268", "daniel.kim@example.com"},
    {"장서연", "010-0176-5528", ""},
    {"임현우", "010-0493-7714", "hyunwoo.lim@example.com"},
    {"Sophie Martin", "010-0317-6650", "sophie.martin@example.com"},
    {"한유진", "010-0964-0283", ""},
    {"Lucas Schmidt", "010-0525-7749", "lucas.schmidt@example.com"},
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QString bilingual(const Entry &entry)
{
    return QStringLiteral("%1 (%2)").arg(utf8(entry.nameKo), utf8(entry.nameEn));
}

QString about(const Entry &entry)
{
    return utf8(entry.aboutKo) + u'\n' + utf8(entry.aboutEn);
}

QJsonObject attributes(const Entry &entry)
{
    return QJsonDocument::fromJson(QByteArray(entry.attributes)).object();
}

DemoResource fromEntry(const Entry &entry, Profile profile, const QString &currency)
{
    DemoResource r;
    r.draft.profile = profile;
    r.draft.name = bilingual(entry);
    r.draft.description = about(entry);
    r.draft.attributes = attributes(entry);
    r.draft.price = Money{entry.price, currency};
    r.draft.pricingUnit = profiles::traits(profile).defaultPricingUnit;
    r.draft.capacity = entry.capacity;
    r.ending = entry.ending;
    return r;
}

QList<DemoResource> fromTable(std::span<const Entry> table, Profile profile, const QString &currency)
{
    QList<DemoResource> list;
    for (const Entry &entry : table)
        list.append(fromEntry(entry, profile, currency));
    return list;
}

// Each class lists its taxis; it has as many available as it lists.
QList<DemoResource> taxiClasses(const QString &currency)
{
    QList<DemoResource> list = fromTable(TaxiClasses, Profile::Taxi, currency);
    for (int i = 0; i < list.size(); ++i)
        taxifleet::store(list[i].draft.attributes, demodetails::fleet(i, list[i].draft.capacity));
    return list;
}

QList<DemoResource> sessions(const DemoCalendar &calendar, const QString &currency)
{
    QList<DemoResource> list;
    for (const Session &s : Sessions) {
        const Entry &exhibition = Exhibitions[s.exhibition];
        const qint64 start = s.underWayNow ? calendar.slotUnderWay()
                                           : calendar.at(s.dayOffset, s.hour, s.minute);
        DemoResource r = fromEntry(exhibition, Profile::Exhibition, currency);
        // Lists add the date, time and hall (DisplayContext::session).
        r.draft.name = bilingual(exhibition);
        r.draft.attributes.insert(QStringLiteral("exhibition"), utf8(exhibition.nameEn));
        r.draft.attributes.insert(QStringLiteral("date"), calendar.format(start, QStringLiteral("yyyy-MM-dd")));
        r.draft.attributes.insert(QStringLiteral("time"), calendar.format(start, QStringLiteral("HH:mm")));
        r.draft.attributes.insert(QStringLiteral("durationMinutes"), SessionMinutes);
        r.ending = s.ending;
        r.session = Period{start, start + SessionMinutes * 60};
        list.append(r);
    }
    return list;
}

} // namespace

QList<DemoResource> resources(Profile profile, const DemoCalendar &calendar, const QString &currency)
{
    switch (profile) {
    case Profile::Car: return fromTable(Cars, profile, currency);
    case Profile::Exhibition: return sessions(calendar, currency);
    case Profile::Item: return fromTable(Items, profile, currency);
    case Profile::Taxi: return taxiClasses(currency);
    case Profile::Product: return fromTable(Products, profile, currency);
    }
    return {};
}

QList<CustomerDraft> customers()
{
    QList<CustomerDraft> list;
    for (const Person &p : People)
        list.append(CustomerDraft{utf8(p.name), QString::fromLatin1(p.phone), QString::fromLatin1(p.email)});
    return list;
}

} // namespace democatalogue
