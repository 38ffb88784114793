<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>BookingTableModel</name>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>예약 상태</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 상태</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;rentaldesk --help&apos; for more information.</source>
        <translation>자세한 사용법은 &apos;rentaldesk --help&apos;로 확인하세요.</translation>
    </message>
    <message>
        <source>RentalDesk: bookings and rentals at the counter, offline first.</source>
        <translation>RentalDesk: 인터넷 연결 없이도 쓸 수 있는 카운터용 예약·대여 관리 프로그램입니다.</translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt;.</source>
        <translation>&lt;path&gt; 위치의 SQLite 데이터베이스를 사용합니다.</translation>
    </message>
    <message>
        <source>Fill an empty database with demo data for &lt;profile&gt;: car, exhibition, item, taxi or product.</source>
        <translation>빈 데이터베이스에 &lt;profile&gt; 업종의 데모 데이터를 채웁니다. car, exhibition, item, taxi, product 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>Show the application in &lt;language&gt;: en or ko.</source>
        <translation>프로그램을 &lt;language&gt; 언어로 표시합니다. en 또는 ko를 지정하세요.</translation>
    </message>
    <message>
        <source>Rebuild the My-bookings read model from the event log, then exit.</source>
        <translation>이벤트 로그로 &apos;내 예약&apos; 조회 데이터를 다시 만든 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>알 수 없는 인수입니다: %1</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db 옵션에는 파일 경로를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use car, exhibition, item, taxi or product.</source>
        <translation>알 수 없는 업종 &quot;%1&quot;입니다. car, exhibition, item, taxi, product 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or ko.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다. en 또는 ko를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Name</source>
        <translation>고객 이름</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>데모 데이터를 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The quantity must be at least 1 (got %1).</source>
        <translation>수량은 1 이상이어야 합니다. (입력한 수량: %1)</translation>
    </message>
    <message>
        <source>The end of the period must be after its start.</source>
        <translation>종료 일시는 시작 일시보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>A booking can last at most %1 days.</source>
        <translation>예약 기간은 최대 %1일까지 가능합니다.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 항목은 필수 입력 사항입니다.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation>%1 항목은 최대 %2자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 contains characters that are not allowed.</source>
        <translation>%1 항목에 사용할 수 없는 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>가격은 0보다 작을 수 없습니다.</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and %1.</source>
        <translation>최대 수량은 1에서 %1 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, &apos;+&apos;, &apos;-&apos; and brackets.</source>
        <translation>전화번호에는 숫자, 공백, &apos;+&apos;, &apos;-&apos;, 괄호만 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>이메일 주소가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code.</source>
        <translation>통화는 ISO 4217 영문 3자리 코드(예: KRW)로 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>금액이 너무 큽니다.</translation>
    </message>
    <message>
        <source>Unknown business profile &quot;%1&quot; (expected car, exhibition, item, taxi or product).</source>
        <translation>알 수 없는 업종 &quot;%1&quot;입니다. car, exhibition, item, taxi, product 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>This resource does not exist.</source>
        <translation>해당 품목을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>This resource cannot be booked while it is %1.</source>
        <translation>이 품목은 현재 &apos;%1&apos; 상태라서 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>This resource has been retired and cannot be changed.</source>
        <translation>운영이 종료된 품목이라 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not enough free capacity for this period: %1 free, %2 requested.</source>
        <translation>이 기간에는 남은 수량이 부족합니다. (남은 수량: %1, 요청 수량: %2)</translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the %1 already booked at one time.</source>
        <translation>최대 수량은 같은 시간대에 이미 예약된 수량(%1)보다 적게 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation>해당 고객을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>This booking does not exist.</source>
        <translation>해당 예약을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>A record with this identifier already exists.</source>
        <translation>같은 ID의 데이터가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and try again.</source>
        <translation>그사이 다른 사용자가 이 정보를 변경했습니다. 다시 불러온 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>A booking that is %1 cannot become %2.</source>
        <translation>&apos;%1&apos; 상태인 예약은 &apos;%2&apos; 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>A payment that is %1 cannot become %2.</source>
        <translation>&apos;%1&apos; 상태인 결제는 &apos;%2&apos; 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The booking must be paid before this step.</source>
        <translation>이 단계를 진행하려면 먼저 결제를 완료해야 합니다.</translation>
    </message>
    <message>
        <source>This booking is already paid.</source>
        <translation>이미 결제가 완료된 예약입니다.</translation>
    </message>
    <message>
        <source>This booking can no longer be paid.</source>
        <translation>이 예약은 더 이상 결제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The card details are incomplete: a payment token, the brand and the last four digits are needed.</source>
        <translation>카드 정보가 부족합니다. 결제 토큰, 카드 브랜드, 카드 번호 끝 4자리가 모두 필요합니다.</translation>
    </message>
    <message>
        <source>The payment was declined: %1</source>
        <translation>결제가 거절되었습니다: %1</translation>
    </message>
    <message>
        <source>The refund could not be made: %1</source>
        <translation>환불하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The payment service is unavailable: %1</source>
        <translation>결제 서비스를 이용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>데이터베이스 오류가 발생했습니다: %1</translation>
    </message>
    <message>
        <source>The notification could not be delivered: %1</source>
        <translation>알림을 보내지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>Rebuilt the My-bookings read model from %n event(s).</source>
        <translation>
            <numerusform>이벤트 %n건으로 &apos;내 예약&apos; 조회 데이터를 다시 만들었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>RentalDesk</source>
        <translation>RentalDesk</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>데이터베이스를 열 수 없습니다: %1

%2</translation>
    </message>
    <message>
        <source>The demo data could not be created.

%1</source>
        <translation>데모 데이터를 만들지 못했습니다.

%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RentalDesk</source>
        <translation>RentalDesk</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>품목(&amp;I)</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>예약(&amp;B)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Your booking of %1 on %2 is held for you. Please pay to confirm it.</source>
        <translation>%1 예약(%2)이 가예약으로 접수되었습니다. 결제하시면 예약이 확정됩니다.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is confirmed.</source>
        <translation>%1 예약(%2)이 확정되었습니다.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 has started.</source>
        <translation>%1 예약(%2) 이용이 시작되었습니다.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is complete. Thank you!</source>
        <translation>%1 예약(%2) 이용이 완료되었습니다. 이용해 주셔서 감사합니다!</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is cancelled.</source>
        <translation>%1 예약(%2)이 취소되었습니다.</translation>
    </message>
    <message>
        <source>We are sorry: %1 is no longer available, so your booking on %2 is cancelled and refunded.</source>
        <translation>죄송합니다. %1 이용이 어렵게 되어 %2 예약을 취소하고 결제 금액을 환불해 드렸습니다.</translation>
    </message>
    <message>
        <source>Your unpaid booking of %1 on %2 has expired.</source>
        <translation>결제가 완료되지 않아 %1 예약(%2)이 만료되었습니다.</translation>
    </message>
    <message>
        <source>We are sorry: your booking of %1 on %2 could not be accepted.</source>
        <translation>죄송합니다. %1 예약(%2)을 접수하지 못했습니다.</translation>
    </message>
    <message>
        <source>We received your payment for %1 on %2.</source>
        <translation>%1 예약(%2)의 결제가 완료되었습니다.</translation>
    </message>
    <message>
        <source>The payment for %1 on %2 was declined.</source>
        <translation>%1 예약(%2)의 결제가 거절되었습니다.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is kept: please pay a little later.</source>
        <translation>%1 예약(%2)은 그대로 유지됩니다. 잠시 후 다시 결제해 주세요.</translation>
    </message>
    <message>
        <source>The payment for %1 on %2 has been refunded.</source>
        <translation>%1 예약(%2)의 결제 금액이 환불되었습니다.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Please pay at the counter.</source>
        <translation>카운터에서 결제해 주세요.</translation>
    </message>
    <message>
        <source>Card payment is not available right now. Your booking is kept: please pay a little later.</source>
        <translation>지금은 카드 결제를 할 수 없습니다. 예약은 그대로 유지되니 잠시 후 다시 결제해 주세요.</translation>
    </message>
    <message>
        <source>the simulated provider is switched off</source>
        <translation>모의 결제 서비스가 꺼져 있습니다</translation>
    </message>
    <message>
        <source>the card was declined</source>
        <translation>카드 승인이 거절되었습니다</translation>
    </message>
    <message>
        <source>unknown payment reference</source>
        <translation>결제 승인 번호를 찾을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Car rental</source>
        <translation>렌터카</translation>
    </message>
    <message>
        <source>Exhibition booking</source>
        <translation>전시 관람 예약</translation>
    </message>
    <message>
        <source>Item rental</source>
        <translation>동네 물품 대여</translation>
    </message>
    <message>
        <source>Taxi booking</source>
        <translation>콜택시 예약</translation>
    </message>
    <message>
        <source>Product rental with delivery</source>
        <translation>상품 렌탈(배송)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>차량</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Taxi class</source>
        <translation>택시 등급</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>입장 확인</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>대여</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>배차</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>배송</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>반납</translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation>관람 완료</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>회수</translation>
    </message>
    <message>
        <source>Complete trip</source>
        <translation>운행 완료</translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <source>Name</source>
        <translation>품목 이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>active</source>
        <translation>운영 중</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>점검 중</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>운영 종료</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>/ 1일</translation>
    </message>
    <message>
        <source>per booking</source>
        <translation>/ 1건</translation>
    </message>
    <message>
        <source>per seat</source>
        <translation>/ 1인</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>/ 1개월</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>최대 수량</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>held</source>
        <translation>가예약</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>이용 중</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>force-cancelled</source>
        <translation>강제 취소</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>미결제</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>to pay later</source>
        <translation>나중에 결제</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>결제 거절</translation>
    </message>
</context>
</TS>
