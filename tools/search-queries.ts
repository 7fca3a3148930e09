/**
 * Search-quality queries, written the way people type on a phone: with and without tone
 * marks, d for đ, everyday words, common slips, legal numbers. Each names the one page a
 * reader must see in the top 3. Written before tuning; change a query only when the page
 * it expects changes, never to make a number go up.
 */
export interface SearchQuery {
  /** What the reader types. */
  q: string;
  /** The page that must be in the top 3 (site path, without BASE_PATH). */
  expect: string;
}

const article = (slug: string) => `/bai-viet/${slug}/`;

export const SEARCH_QUERIES: SearchQuery[] = [
  // Whom to call
  { q: 'đường dây nóng', expect: '/duong-day-nong/' },
  { q: 'duong day nong', expect: '/duong-day-nong/' },
  { q: 'so dien thoai duong day nong', expect: '/duong-day-nong/' },
  { q: 'số điện thoại đường dây nóng chống mua bán người', expect: '/duong-day-nong/' },
  { q: 'goi 111 hay 113', expect: article('goi-ai-khi-can-giup-111-113-cong-an-xa') },
  { q: 'tổng đài 111 là gì', expect: article('goi-ai-khi-can-giup-111-113-cong-an-xa') },
  { q: '1800 1233', expect: '/duong-day-nong/' },
  { q: 'tro giup phap ly mien phi', expect: article('quyen-va-ho-tro-cua-nan-nhan-bi-mua-ban') },

  // Reporting
  { q: 'số điện thoại tố giác', expect: '/to-giac/' },
  { q: 'to giac mua ban nguoi', expect: article('cach-to-giac-mua-ban-nguoi-va-mai-dam') },
  { q: 'tố giác ẩn danh', expect: article('cach-to-giac-mua-ban-nguoi-va-mai-dam') },
  { q: 'bao cong an o dau', expect: article('cach-to-giac-mua-ban-nguoi-va-mai-dam') },
  { q: 'tố giát mại dâm', expect: article('cach-to-giac-mua-ban-nguoi-va-mai-dam') },

  // Students
  { q: 'việc nhẹ lương cao', expect: article('loi-moi-lam-mau-pg-quan-bar-viec-nhe-luong-cao') },
  { q: 'viec nhe luong cao', expect: article('loi-moi-lam-mau-pg-quan-bar-viec-nhe-luong-cao') },
  { q: 'bị lừa đi làm việc nhẹ lương cao', expect: article('loi-moi-lam-mau-pg-quan-bar-viec-nhe-luong-cao') },
  { q: 'tuyen PG luong cao', expect: article('loi-moi-lam-mau-pg-quan-bar-viec-nhe-luong-cao') },
  { q: '"viec nhe luong cao"', expect: article('loi-moi-lam-mau-pg-quan-bar-viec-nhe-luong-cao') },
  { q: 'sugar baby', expect: article('sugar-baby-hen-ho-va-loi-moi-bao-nuoi') },
  { q: 'được bao nuôi', expect: article('sugar-baby-hen-ho-va-loi-moi-bao-nuoi') },
  { q: 'app hẹn hò', expect: article('sugar-baby-hen-ho-va-loi-moi-bao-nuoi') },
  { q: 'bị dọa tung ảnh', expect: article('anh-nhay-cam-va-bi-de-doa-phat-tan') },
  { q: 'bi doa tung anh nong', expect: article('anh-nhay-cam-va-bi-de-doa-phat-tan') },
  { q: 'người yêu rủ đi nước ngoài', expect: article('nguoi-quen-lua-ban-va-chuyen-di-nuoc-ngoai-gia') },
  { q: 'nhom chat moi gioi', expect: article('du-do-va-moi-gioi-tren-mang-xa-hoi-nhom-chat') },
  { q: 'cach tu choi', expect: article('cach-tu-choi-va-giup-ban-dang-gap-nguy-co') },
  { q: 'giúp bạn đang gặp nguy cơ', expect: article('cach-tu-choi-va-giup-ban-dang-gap-nguy-co') },
  { q: 'mua dâm người dưới 18 tuổi', expect: article('phap-luat-bao-ve-nguoi-duoi-18-tuoi') },
  { q: 'thầy cô giúp học sinh', expect: article('thay-co-nhan-ra-va-giup-hoc-sinh-gap-nguy-co') },
  { q: 'noi chuyen voi con ve mua ban nguoi', expect: article('cha-me-tro-chuyen-voi-con-ve-rui-ro-tren-mang') },

  // Workers
  { q: 'lừa đi làm nước ngoài giữ hộ chiếu', expect: article('tuyen-dung-di-lam-nuoc-ngoai-lua-dao-giu-ho-chieu') },
  { q: 'bi giu ho chieu', expect: article('tuyen-dung-di-lam-nuoc-ngoai-lua-dao-giu-ho-chieu') },
  { q: 'di lam nuoc ngoai an toan', expect: article('di-lam-viec-o-nuoc-ngoai-an-toan-qua-kenh-hop-phap') },
  { q: 'xuất khẩu lao động hợp pháp', expect: article('di-lam-viec-o-nuoc-ngoai-an-toan-qua-kenh-hop-phap') },
  { q: 'vay nặng lãi bị ép', expect: article('no-nan-vay-nang-lai-bi-ep-ban-dam-ep-lam-viec') },
  { q: 'no tien bi ep ban dam', expect: article('no-nan-vay-nang-lai-bi-ep-ban-dam-ep-lam-viec') },
  { q: 'lam karaoke massage', expect: article('lam-karaoke-quan-bar-massage-quyen-loi-dau-hieu') },
  { q: 'công nhân xa quê việc làm thêm', expect: article('cong-nhan-xa-que-viec-lam-them-va-loi-moi-tien-de') },
  { q: 'bị giữ lại không cho về', expect: article('dang-bi-giu-bi-ep-ban-dam-ep-lam-viec-lam-gi') },
  { q: 'mua ban nguoi la gi', expect: article('mua-ban-nguoi-la-gi-theo-phap-luat') },

  // The law
  { q: 'phat mua dam bao nhieu', expect: article('nguoi-mua-dam-ban-dam-bi-xu-ly-the-nao') },
  { q: 'bán dâm có bị đi tù không', expect: article('mai-dam-va-phap-luat-phat-tien-hay-toi-pham') },
  { q: 'nghị định 282', expect: article('nghi-dinh-282-thay-nghi-dinh-144') },
  { q: 'nghi dinh 144 con hieu luc khong', expect: article('nghi-dinh-282-thay-nghi-dinh-144') },
  { q: 'điều 328', expect: '/phap-luat/' },
  { q: 'dieu 150 bo luat hinh su', expect: '/phap-luat/' },
  { q: 'luat phong chong mua ban nguoi 2024', expect: '/phap-luat/' },

  // Businesses
  { q: 'chủ nhà nghỉ bị phạt', expect: article('khi-nao-chu-co-so-pham-toi-lien-quan-mai-dam') },
  { q: 'khach san khach dang gap nguy', expect: article('dau-hieu-khach-luu-tru-dang-gap-nguy') },
  { q: 'đoàn kiểm tra 178', expect: article('doi-kiem-tra-lien-nganh-178-co-so-chuan-bi-the-nao') },
  { q: 'chua mai dam la toi gi', expect: article('khi-nao-chu-co-so-pham-toi-lien-quan-mai-dam') },
  { q: 'nhân viên bị bóc lột', expect: article('dau-hieu-nhan-vien-bi-boc-lot-hoac-bi-mua-ban') },
  { q: 'le tan thay dieu dang ngo', expect: article('le-tan-nhan-vien-lam-gi-khi-thay-dieu-dang-ngo') },
  { q: 'nghia vu chu co so kinh doanh', expect: article('nghia-vu-cua-chu-co-so-kinh-doanh-dich-vu') },

  // Staying safe on this site, and online brokering
  { q: 'thoát nhanh', expect: '/an-toan/' },
  { q: 'moi gioi mai dam qua livestream', expect: article('quang-cao-mai-dam-tren-mang-nhan-ra-va-bao') },

  // Whole questions, typed as people in trouble type them (issue 19): sentences, no tones
  // or half the tones, d for đ, slips, slang, and words the site itself never uses.
  { q: 'bị người yêu tung clip lên zalo', expect: article('anh-nhay-cam-va-bi-de-doa-phat-tan') },
  { q: 'ban trai doi tung anh nong neu khong gui tien', expect: article('anh-nhay-cam-va-bi-de-doa-phat-tan') },
  { q: 'tố giát người môi giới', expect: article('cach-to-giac-mua-ban-nguoi-va-mai-dam') },
  { q: 'báo công an có bị lộ tên không', expect: article('cach-to-giac-mua-ban-nguoi-va-mai-dam') },
  { q: 'tố giác mại dâm qua vneid như thế nào', expect: article('cach-to-giac-mua-ban-nguoi-va-mai-dam') },
  { q: 'làm sao lấy lại hộ chiếu bị chủ giữ', expect: article('dang-bi-giu-bi-ep-ban-dam-ep-lam-viec-lam-gi') },
  { q: 'lam sao thoat khoi cho lam bi nhot', expect: article('dang-bi-giu-bi-ep-ban-dam-ep-lam-viec-lam-gi') },
  { q: 'chu quan karaoke giu can cuoc khong tra thi lam sao', expect: article('lam-karaoke-quan-bar-massage-quyen-loi-dau-hieu') },
  // Expected page changed: written before the site had a page on scam compounds in Cambodia (issue 14); that page answers it now.
  {
    q: 'có người trên facebook rủ đi làm việc nhẹ lương cao ở campuchia có phải lừa không',
    expect: article('lua-sang-campuchia-myanmar-lam-viec-nhe-luong-cao'),
  },
  { q: 'lam sao biet cong ty xuat khau lao dong that hay gia', expect: article('di-lam-viec-o-nuoc-ngoai-an-toan-qua-kenh-hop-phap') },
  { q: 'ban gai bi lua ban sang trung quoc phai lam sao', expect: article('nguoi-quen-lua-ban-va-chuyen-di-nuoc-ngoai-gia') },
  { q: 'goi 111 co mat tien khong', expect: article('goi-ai-khi-can-giup-111-113-cong-an-xa') },
  { q: 'tro giup phap ly mien fi goi so nao', expect: article('quyen-va-ho-tro-cua-nan-nhan-bi-mua-ban') },
  { q: 'vay app bi doi no bat di khach tra no', expect: article('no-nan-vay-nang-lai-bi-ep-ban-dam-ep-lam-viec') },
  { q: 'bị chủ quán bắt đi khách để trừ nợ', expect: article('no-nan-vay-nang-lai-bi-ep-ban-dam-ep-lam-viec') },
  { q: 'muon bo nghe ban dam thi ai giup', expect: article('ho-tro-nguoi-ban-dam-va-nan-nhan-bi-mua-ban') },
  { q: 'cave có bị đi tù không', expect: article('mai-dam-va-phap-luat-phat-tien-hay-toi-pham') },
  { q: 'gai goi bi bat thi sao', expect: article('nguoi-mua-dam-ban-dam-bi-xu-ly-the-nao') },
  { q: 'mua dam bi phat bao nhieu tien vay', expect: article('nguoi-mua-dam-ban-dam-bi-xu-ly-the-nao') },
  { q: 'nghi dinh moi phat ban dam thay nghi dinh nao', expect: article('nghi-dinh-282-thay-nghi-dinh-144') },
  { q: 'duoi 16 tuoi la tre em dung khong', expect: article('phap-luat-bao-ve-nguoi-duoi-18-tuoi') },
  { q: 'buon nguoi bi phat tu bao nhieu nam', expect: article('mua-ban-nguoi-la-gi-theo-phap-luat') },
  { q: 'con gái tôi quen người lạ trên mạng phải làm sao', expect: article('cha-me-tro-chuyen-voi-con-ve-rui-ro-tren-mang') },
  { q: 'hoc sinh lop toi nghi hoc di lam xa', expect: article('thay-co-nhan-ra-va-giup-hoc-sinh-gap-nguy-co') },
  { q: 'sugar daddy nhan tin cho minh co nguy hiem ko', expect: article('sugar-baby-hen-ho-va-loi-moi-bao-nuoi') },
  { q: 'bạn cùng phòng trọ rủ đi làm thêm buổi tối kiếm tiền nhanh', expect: article('cong-nhan-xa-que-viec-lam-them-va-loi-moi-tien-de') },
  { q: 'tuyen tiep vien karaoke luong 30 trieu co that khong', expect: article('loi-moi-lam-mau-pg-quan-bar-viec-nhe-luong-cao') },
  { q: 'thấy nhóm kín trên fb quảng cáo gái thì báo ở đâu', expect: article('quang-cao-mai-dam-tren-mang-nhan-ra-va-bao') },
  { q: 'nha nghi cua toi co khach dan be gai vao thi lam gi', expect: article('dau-hieu-khach-luu-tru-dang-gap-nguy') },
  { q: 'doan 178 kiem tra quan karaoke can chuan bi gi', expect: article('doi-kiem-tra-lien-nganh-178-co-so-chuan-bi-the-nao') },
  { q: 'nhan vien cua toi khong duoc nghi viec co phai bi ep', expect: article('dau-hieu-nhan-vien-bi-boc-lot-hoac-bi-mua-ban') },
  { q: 'chủ nhà nghỉ không biết khách mua dâm có bị tù không', expect: article('khi-nao-chu-co-so-pham-toi-lien-quan-mai-dam') },
  { q: 'thay khach nghi ngo le tan nen goi ai', expect: article('le-tan-nhan-vien-lam-gi-khi-thay-dieu-dang-ngo') },
  { q: 'xoá lịch sử sau khi đọc trang này', expect: '/an-toan/' },

  // New topics (issue 14): written by the author of each new page before looking at any result.
  { q: 'bị lừa sang campuchia', expect: article('lua-sang-campuchia-myanmar-lam-viec-nhe-luong-cao') },
  { q: 'lua sang campuchia lam viec', expect: article('lua-sang-campuchia-myanmar-lam-viec-nhe-luong-cao') },
  { q: 'con bị giữ bên campuchia đòi tiền chuộc', expect: article('lua-sang-campuchia-myanmar-lam-viec-nhe-luong-cao') },
  { q: 'myanmar kk park', expect: article('lua-sang-campuchia-myanmar-lam-viec-nhe-luong-cao') },
  { q: 'bi ep lua dao qua mang o nuoc ngoai', expect: article('lua-sang-campuchia-myanmar-lam-viec-nhe-luong-cao') },
  { q: 'bảo hộ công dân', expect: article('o-nuoc-ngoai-can-giup-va-tro-ve-nha') },
  { q: 'so dien thoai dai su quan viet nam', expect: article('o-nuoc-ngoai-can-giup-va-tro-ve-nha') },
  { q: 'mất hộ chiếu ở nước ngoài làm sao về', expect: article('o-nuoc-ngoai-can-giup-va-tro-ve-nha') },
  { q: 'nan nhan tro ve duoc ho tro gi', expect: article('o-nuoc-ngoai-can-giup-va-tro-ve-nha') },
  { q: 'được trao trả về nước thì sao', expect: article('o-nuoc-ngoai-can-giup-va-tro-ve-nha') },
  { q: 'công ty giữ căn cước', expect: article('quyen-cua-nguoi-lao-dong-giay-to-dat-coc-no') },
  { q: 'chu giu cccd co dung luat khong', expect: article('quyen-cua-nguoi-lao-dong-giay-to-dat-coc-no') },
  { q: 'đặt cọc tiền khi xin việc', expect: article('quyen-cua-nguoi-lao-dong-giay-to-dat-coc-no') },
  { q: 'lam tru no khong cho nghi', expect: article('quyen-cua-nguoi-lao-dong-giay-to-dat-coc-no') },
  { q: 'nghị định 283', expect: article('quyen-cua-nguoi-lao-dong-giay-to-dat-coc-no') },
  { q: 'phí xuất khẩu lao động tối đa', expect: article('quyen-cua-nguoi-lao-dong-giay-to-dat-coc-no') },
  { q: 'thuốc PEP', expect: article('suc-khoe-sau-xam-hai-pep-xet-nghiem-hiv') },
  { q: 'bi hiep dam phai lam gi', expect: article('suc-khoe-sau-xam-hai-pep-xet-nghiem-hiv') },
  { q: 'xét nghiệm hiv mấy tuổi', expect: article('suc-khoe-sau-xam-hai-pep-xet-nghiem-hiv') },
  { q: 'que thu hiv mien phi', expect: article('suc-khoe-sau-xam-hai-pep-xet-nghiem-hiv') },
  { q: 'prep co mien phi khong', expect: article('suc-khoe-sau-xam-hai-pep-xet-nghiem-hiv') },
  { q: 'bắt cóc online', expect: article('bat-coc-online-gia-cong-an-goi-video') },
  { q: 'bat coc online', expect: article('bat-coc-online-gia-cong-an-goi-video') },
  { q: 'công an gọi video call bắt thuê khách sạn', expect: article('bat-coc-online-gia-cong-an-goi-video') },
  { q: 'gia cong an goi zalo noi lien quan ma tuy', expect: article('bat-coc-online-gia-cong-an-goi-video') },
  { q: 'con bị bắt cóc đòi tiền chuộc qua mạng', expect: article('bat-coc-online-gia-cong-an-goi-video') },
  { q: 'dấu hiệu mua bán người', expect: article('dau-hieu-nhan-biet-mua-ban-nguoi') },
  { q: 'dau hieu nhan biet buon nguoi', expect: article('dau-hieu-nhan-biet-mua-ban-nguoi') },
  { q: 'làm sao biết ai đó bị buôn bán', expect: article('dau-hieu-nhan-biet-mua-ban-nguoi') },
  { q: 'dấu hiệu bị cưỡng bức lao động', expect: article('dau-hieu-nhan-biet-mua-ban-nguoi') },
  { q: 'mua bán trẻ sơ sinh', expect: article('mua-ban-tre-em-tre-so-sinh-con-nuoi-mang-thai-ho') },
  { q: 'cho con nuôi lấy tiền', expect: article('mua-ban-tre-em-tre-so-sinh-con-nuoi-mang-thai-ho') },
  { q: 'đẻ thuê mang thai hộ phạm tội', expect: article('mua-ban-tre-em-tre-so-sinh-con-nuoi-mang-thai-ho') },
  { q: 'mua ban bao thai', expect: article('mua-ban-tre-em-tre-so-sinh-con-nuoi-mang-thai-ho') },
  { q: 'ban con moi de co bi tu khong', expect: article('mua-ban-tre-em-tre-so-sinh-con-nuoi-mang-thai-ho') },
  { q: 'lấy chồng nước ngoài qua môi giới', expect: article('moi-gioi-hon-nhan-voi-nguoi-nuoc-ngoai') },
  { q: 'moi gioi lay chong trung quoc', expect: article('moi-gioi-hon-nhan-voi-nguoi-nuoc-ngoai') },
  { q: 'bị ép cưới người nước ngoài', expect: article('moi-gioi-hon-nhan-voi-nguoi-nuoc-ngoai') },
  { q: 'co dau bi ban', expect: article('moi-gioi-hon-nhan-voi-nguoi-nuoc-ngoai') },
  // Issue 14 items 5, 9, 10 (content-14, second session): written before looking at results.
  { q: 'bị người yêu cũ tung ảnh nóng', expect: article('anh-rieng-tu-bi-phat-tan-bi-ghep-mat-go-anh-va-phap-luat') },
  { q: 'go anh nhay cam tren facebook', expect: article('anh-rieng-tu-bi-phat-tan-bi-ghep-mat-go-anh-va-phap-luat') },
  { q: 'ảnh bị ghép mặt khỏa thân', expect: article('anh-rieng-tu-bi-phat-tan-bi-ghep-mat-go-anh-va-phap-luat') },
  { q: 'deepfake', expect: article('anh-rieng-tu-bi-phat-tan-bi-ghep-mat-go-anh-va-phap-luat') },
  { q: 'stopncii', expect: article('anh-rieng-tu-bi-phat-tan-bi-ghep-mat-go-anh-va-phap-luat') },
  { q: 'clip nong bi phat tan lam sao go', expect: article('anh-rieng-tu-bi-phat-tan-bi-ghep-mat-go-anh-va-phap-luat') },
  { q: 'công an kiểm tra nhà nghỉ bắt quả tang', expect: article('khi-cong-an-den-kiem-tra-bien-ban-va-quyen-cua-ban') },
  { q: 'bi bat qua tang ban dam co bi giu khong', expect: article('khi-cong-an-den-kiem-tra-bien-ban-va-quyen-cua-ban') },
  { q: 'có phải ký biên bản không', expect: article('khi-cong-an-den-kiem-tra-bien-ban-va-quyen-cua-ban') },
  { q: 'khieu nai quyet dinh xu phat', expect: article('khi-cong-an-den-kiem-tra-bien-ban-va-quyen-cua-ban') },
  { q: 'nhân viên karaoke có bị phạt khi công an kiểm tra', expect: article('khi-cong-an-den-kiem-tra-bien-ban-va-quyen-cua-ban') },
  { q: 'giấy chứng nhận an ninh trật tự', expect: article('giay-chung-nhan-an-ninh-trat-tu-thong-bao-luu-tru-karaoke') },
  { q: 'giay phep an ninh trat tu karaoke o dau cap', expect: article('giay-chung-nhan-an-ninh-trat-tu-thong-bao-luu-tru-karaoke') },
  { q: 'thông báo lưu trú trước mấy giờ', expect: article('giay-chung-nhan-an-ninh-trat-tu-thong-bao-luu-tru-karaoke') },
  { q: 'khai bao tam tru cho nguoi nuoc ngoai khach san', expect: article('giay-chung-nhan-an-ninh-trat-tu-thong-bao-luu-tru-karaoke') },
  { q: 'điều kiện mở quán karaoke', expect: article('giay-chung-nhan-an-ninh-trat-tu-thong-bao-luu-tru-karaoke') },

  // Issue 14 item 12, for teachers: written as teachers type them, before any result was seen.
  { q: 'giáo án phòng chống mua bán người', expect: '/nha-truong/' },
  { q: 'giao an phong chong mua ban nguoi thpt', expect: article('tiet-hoc-45-phut-thpt-loi-moi-viec-lam-va-mua-ban-nguoi') },
  { q: 'tiết sinh hoạt lớp an toàn trên mạng cho học sinh lớp 7', expect: article('tiet-hoc-45-phut-thcs-an-toan-truoc-nguoi-la-tren-mang') },
  { q: 'bài giảng cho sinh viên về lừa đảo việc làm', expect: article('tiet-hoc-45-phut-dai-hoc-loi-moi-sang-nuoc-lang-gieng') },
  { q: 'câu hỏi trắc nghiệm về mua bán người', expect: article('tiet-hoc-45-phut-thpt-loi-moi-viec-lam-va-mua-ban-nguoi') },
  { q: 'tai lieu cho giao vien chu nhiem', expect: '/nha-truong/' },
  { q: 'học sinh kể với cô bị người lạ dọa tung ảnh thì cô phải làm gì', expect: article('thay-co-nhan-ra-va-giup-hoc-sinh-gap-nguy-co') },
];
