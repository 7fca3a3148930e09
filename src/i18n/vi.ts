/**
 * Every piece of interface text, Vietnamese. Keys are dotted and flat so a second
 * language is one more file of the same shape (see ./index.ts).
 */
export const vi = {
  'site.name': 'Phòng, chống mại dâm và mua bán người',
  'site.tagline': 'Hiểu luật, nhận ra mánh khóe, biết gọi ai',
  'site.description':
    'Thông tin miễn phí, dễ hiểu về pháp luật phòng, chống mại dâm và mua bán người, các mánh khóe dụ dỗ, đường dây nóng và cách tố giác — cho học sinh, sinh viên, người lao động và cơ sở kinh doanh.',

  'nav.skip': 'Bỏ qua, đến nội dung chính',
  'nav.main': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.breadcrumbs': 'Bạn đang ở',
  'nav.more': 'Các trang khác',
  'link.external': 'trang ngoài',

  'exit.label': 'Thoát nhanh',
  'exit.hint': 'Rời trang này ngay, sang một trang dự báo thời tiết',
  'exit.shortcut': 'hoặc nhấn phím Shift 3 lần',
  'exit.left': 'Nhấn Shift thêm {n} lần nữa để thoát nhanh',
  'exit.done': 'Đang thoát khỏi trang',
  'exit.safety': 'An toàn khi truy cập',

  'audience.hoc-sinh-sinh-vien': 'Học sinh, sinh viên',
  'audience.nguoi-lao-dong': 'Người lao động',
  'audience.co-so-kinh-doanh': 'Cơ sở kinh doanh',
  'audience.moi-nguoi': 'Mọi người',
  'audience.hoc-sinh-sinh-vien.lead':
    'Lời mời việc nhẹ lương cao, người lạ trên mạng, hình ảnh riêng tư: nhận ra nguy cơ và biết ai sẽ giúp bạn.',
  'audience.nguoi-lao-dong.lead':
    'Tìm việc, đi làm xa, đi làm ở nước ngoài an toàn; quyền của bạn và nơi hỗ trợ miễn phí.',
  'audience.co-so-kinh-doanh.lead':
    'Nhà nghỉ, khách sạn, karaoke, quán bar, massage, gội đầu, nhà hàng: trách nhiệm theo luật và cách bảo vệ nhân viên, khách hàng.',
  'audience.moi-nguoi.lead': 'Cách tố giác, nơi hỗ trợ và những điều luật ai cũng nên biết.',

  'kind.law': 'Pháp luật',
  'kind.warning': 'Cảnh báo',
  'kind.guide': 'Hướng dẫn',
  'kind.support': 'Hỗ trợ',
  'kind.report': 'Tố giác',
  'kind.law.plural': 'Pháp luật nói gì',
  'kind.warning.plural': 'Cảnh báo mánh khóe',
  'kind.guide.plural': 'Hướng dẫn',
  'kind.support.plural': 'Hỗ trợ',
  'kind.report.plural': 'Tố giác',

  'need.khan-cap': 'Nguy hiểm ngay lúc này',
  'need.mua-ban-nguoi': 'Nghi bị mua bán, bị giữ, bị ép buộc',
  'need.to-giac': 'Tố giác, báo tin',
  'need.tre-em': 'Trẻ em bị xâm hại, bị bóc lột',
  'need.lao-dong': 'Việc làm, đi làm ở nước ngoài',
  'need.lua-dao-mang': 'Lừa đảo, môi giới trên mạng',
  'need.phap-ly': 'Trợ giúp pháp lý miễn phí',
  'need.suc-khoe': 'Sức khỏe, cấp cứu',

  'help.title': 'Cần giúp ngay?',
  'help.danger': 'Đang gặp nguy hiểm',
  'help.trafficking': 'Mua bán người, trẻ em bị xâm hại',
  'help.free': 'Miễn phí, 24/7',
  'help.all': 'Tất cả đường dây nóng',

  'contact.call': 'Gọi',
  'contact.open': 'Mở trang',
  'contact.hours': 'Giờ làm việc',
  'contact.cost': 'Chi phí',
  'contact.operator': 'Đơn vị',
  'contact.confidentiality': 'Bảo mật',
  'contact.howTo': 'Cách dùng',
  'contact.source': 'Nguồn',
  'contact.verified': 'Kiểm tra lần cuối',
  'contact.stale': 'Thông tin này đã lâu chưa được kiểm tra lại. Hãy gọi 113 nếu bạn không liên lạc được.',
  'contact.local': 'Đường dây tại địa phương',
  'contact.national': 'Đường dây toàn quốc',

  'law.basis': 'Căn cứ pháp lý',
  'law.reviewed': 'Rà soát lần cuối',
  'law.sources': 'Nguồn tham khảo',
  'law.penalties': 'Mức xử lý',
  'law.clause': 'Khoản',
  'law.number': 'Số hiệu',
  'law.issued': 'Ngày ban hành',
  'law.effective': 'Ngày có hiệu lực',
  'law.status': 'Tình trạng',
  'law.status.in-force': 'Đang có hiệu lực',
  'law.status.partly-in-force': 'Còn hiệu lực một phần',
  'law.status.replaced': 'Đã được thay thế',
  'law.replacedBy': 'Được thay thế bởi',
  'law.official': 'Văn bản chính thức',
  'law.readAt': 'Nội dung đọc tại',
  'law.provisions': 'Các điều được trích dẫn',
  'law.citedIn': 'Bài viết dẫn điều này',
  'law.disclaimer':
    'Đây là phần tóm tắt bằng lời lẽ dễ hiểu, không thay thế văn bản pháp luật. Khi cần áp dụng cho trường hợp cụ thể, hãy đọc văn bản gốc hoặc gọi trợ giúp pháp lý miễn phí.',

  'article.readingTime': 'phút đọc',
  'article.story': 'Câu chuyện minh họa',
  'article.storyNote': 'Câu chuyện được ghép từ nhiều trường hợp; tên và chi tiết đã được thay đổi để không ai bị nhận ra.',
  'article.for': 'Dành cho',
  'article.related': 'Bài cùng chủ đề',
  'article.none': 'Chưa có bài nào trong mục này.',
  'article.forEveryone': 'Bài cho mọi người',

  'search.label': 'Tìm kiếm',
  'search.placeholder': 'Ví dụ: việc nhẹ lương cao, tố giác, mua dâm bị phạt',
  'search.submit': 'Tìm',
  'search.title': 'Tìm kiếm',
  'search.noJs': 'Ô tìm kiếm cần JavaScript. Bạn vẫn có thể tìm bài theo danh sách dưới đây.',
  'search.loading': 'Đang tìm…',
  'search.results': 'kết quả',
  'search.none': 'Không tìm thấy bài phù hợp. Hãy thử từ khác, hoặc xem danh sách bài bên dưới.',
  'search.failed': 'Chưa tải được công cụ tìm kiếm. Hãy xem danh sách bài bên dưới.',
  'search.browse': 'Tất cả bài viết theo nhóm người đọc',

  'footer.emergency': 'Khẩn cấp',
  'footer.about': 'Giới thiệu',
  'footer.privacy': 'Quyền riêng tư',
  'footer.materials': 'Tài liệu in',
  'footer.localities': 'Địa phương',
  'footer.note': 'Trang không dùng cookie và không theo dõi người đọc.',

  'page.home.title': 'Bạn là ai?',
  'page.home.doors': 'Chọn nhóm phù hợp với bạn',
  'page.home.latest': 'Cảnh báo mới rà soát',
  'page.home.law': 'Tra cứu pháp luật',
  'page.home.law.lead': 'Mỗi điều luật có tóm tắt dễ hiểu và mức xử lý theo văn bản.',
  'page.laws.title': 'Pháp luật về phòng, chống mại dâm và mua bán người',
  'page.laws.description':
    'Các văn bản pháp luật và điều khoản về mại dâm, mua bán người, bảo vệ trẻ em: tóm tắt dễ hiểu, mức xử lý và tình trạng hiệu lực.',
  'page.warnings.title': 'Cảnh báo: các mánh khóe dụ dỗ, lừa gạt',
  'page.warnings.description':
    'Dấu hiệu nhận biết lời mời việc làm giả, môi giới trên mạng, lừa đi nước ngoài và cách tự bảo vệ, ai sẽ giúp bạn.',
  'page.hotlines.title': 'Đường dây nóng và kênh tố giác',
  'page.hotlines.description':
    'Số điện thoại khẩn cấp, tổng đài 111, trợ giúp pháp lý và các kênh tố giác: giờ làm việc, chi phí, nguồn và ngày kiểm tra.',
  'page.hotlines.lead':
    'Chọn theo việc bạn cần. Bấm vào số để gọi. Mỗi đường dây đều ghi nguồn và ngày chúng tôi kiểm tra lần cuối.',
  'page.report.title': 'Tố giác mua bán người, mại dâm và xâm hại trẻ em',
  'page.report.description':
    'Báo tin ở đâu, nói gì, điều gì xảy ra sau đó, và pháp luật bảo vệ người tố giác như thế nào.',
  'page.report.lead':
    'Nếu ai đó đang gặp nguy hiểm, hãy gọi 113 ngay. Nếu bạn nghi có người bị mua bán hoặc trẻ em bị xâm hại, gọi 111: miễn phí, 24/7.',
  'page.support.title': 'Hỗ trợ: sức khỏe, pháp lý, việc làm, nơi ở an toàn',
  'page.support.description':
    'Những nơi giúp đỡ miễn phí hoặc theo chính sách cho nạn nhân bị mua bán và người bán dâm, không phán xét.',
  'page.support.lead':
    'Bạn không có lỗi khi bị lừa hay bị ép buộc. Các nơi dưới đây giúp bạn về sức khỏe, pháp lý và cuộc sống sau đó.',
  'page.materials.title': 'Tài liệu in cho trường học và địa phương',
  'page.materials.description':
    'Trang in được cho lớp học, bảng tin thôn, tổ dân phố: đường dây nóng, cảnh báo và hướng dẫn theo nhóm người đọc.',
  'page.materials.lead':
    'Mọi trang trên website đều in gọn trên khổ A4: phần đầu trang và menu được lược bỏ, giữ tiêu đề, nội dung, nguồn và địa chỉ trang.',
  'page.materials.how': 'Cách in',
  'page.search.description': 'Tìm bài viết, điều luật và đường dây nóng trên trang.',
  'page.localities.title': 'Thông tin theo địa phương',
  'page.localities.description': 'Trang riêng của từng xã, phường, tỉnh, thành phố với đường dây tại địa phương.',
  'page.localities.none':
    'Chưa có xã, phường nào có trang riêng. Khi một địa phương gửi số trực ban đã được kiểm chứng, trang riêng sẽ được thêm vào đây.',
  'page.localities.how': 'Địa phương muốn có trang riêng?',
  'page.locality.noLocal':
    'Chưa có số điện thoại địa phương nào được kiểm chứng cho nơi này. Bạn vẫn có thể báo tin cho Công an xã, phường qua VNeID hoặc đến trực tiếp.',
  'page.about.title': 'Giới thiệu',
  'page.privacy.title': 'Quyền riêng tư',
  'page.404.title': 'Không tìm thấy trang',
  'page.404.lead': 'Địa chỉ này không có trên website. Có thể trang đã đổi tên hoặc đường dẫn bị gõ sai.',
} as const;

export type UiKey = keyof typeof vi;
