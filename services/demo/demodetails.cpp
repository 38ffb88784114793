#include "demo/demodetails.h"

#include "domain/bookingdetails.h"
#include "domain/profile.h"

#include <array>

namespace demodetails {
namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr std::array Drivers{"김민수", "이정훈", "박서연", "최영호", "정다은", "강지훈", "조현우", "윤미경",
                             "장성민", "임수빈", "한상철", "오지영", "서동현", "신혜진", "권태식", "황보람"};
constexpr std::array PlateLetters{"바", "사", "아", "자"};
constexpr std::array Places{
    "서울 중구 세종대로 110 (서울시청)",       "서울 강남구 테헤란로 152",
    "서울 마포구 양화로 160 (홍대입구역)",     "서울 종로구 사직로 161 (경복궁)",
    "서울 송파구 올림픽로 300 (롯데월드타워)", "서울 용산구 한강대로 405 (서울역)",
    "인천 중구 공항로 272 (인천공항 제1터미널)", "서울 영등포구 여의대로 108",
    "서울 성동구 왕십리로 83-21",              "서울 서초구 신반포로 194 (고속터미널)",
};
constexpr std::array Homes{
    "서울 마포구 월드컵북로 396, 101동 1203호", "서울 은평구 통일로 684, 3층",
    "서울 노원구 동일로 1414, 204동 702호",     "경기 성남시 분당구 판교역로 235, 5층",
    "서울 강서구 공항대로 247, 1102호",         "서울 관악구 관악로 145, 302호",
};

} // namespace

QList<Taxi> fleet(int classIndex, int count)
{
    QList<Taxi> taxis;
    for (int i = 0; i < count; ++i) {
        const int n = classIndex * 100 + i;
        const QString plate = QStringLiteral("서울 %1%2 %3")
                                  .arg(31 + classIndex)
                                  .arg(utf8(PlateLetters[size_t(i) % PlateLetters.size()]))
                                  .arg(4100 + n * 7 % 5000);
        const QString phone = QStringLiteral("010-%1-%2").arg(5000 + n * 37 % 4000).arg(1000 + n * 53 % 9000);
        taxis.append(Taxi{plate, utf8(Drivers[size_t(n) % Drivers.size()]), phone});
    }
    return taxis;
}

QJsonObject forBooking(Profile profile, int booking)
{
    if (profile == Profile::Taxi) {
        const size_t from = size_t(booking) % Places.size();
        const size_t to = (from + 1 + size_t(booking) / Places.size() % (Places.size() - 1)) % Places.size();
        return QJsonObject{{bookingdetails::PickupKey, utf8(Places[from])},
                           {bookingdetails::DestinationKey, utf8(Places[to])}};
    }
    if (profile == Profile::Product) {
        const QStringList choices = bookingdetails::deliverySlots();
        return QJsonObject{{bookingdetails::AddressKey, utf8(Homes[size_t(booking) % Homes.size()])},
                           {bookingdetails::DeliverySlotKey, choices.at(booking % choices.size())}};
    }
    return {};
}

} // namespace demodetails
