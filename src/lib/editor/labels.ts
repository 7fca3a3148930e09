/**
 * The Vietnamese words the browser editor (/quan-tri/) shows for each collection and field:
 * a label and, where it helps, a line of help. The fields themselves (their types, limits,
 * choices and which are required) come from the content schemas in src/schemas/; this file
 * only names them. tests/editor-config.test.ts fails when a schema field has no label here or a
 * label names a field the schemas do not have, so the two cannot drift apart.
 *
 * Keys are "<collection>.<field>" and, for fields inside a list or group, "<collection>.<field>.<sub>".
 */

export interface FieldWords {
  label: string;
  hint?: string;
}

/** How each collection is named in the editor's menu, and what one entry is called. */
export const COLLECTION_WORDS: Record<string, { label: string; singular: string; description: string }> = {
  articles: {
    label: 'Bài viết',
    singular: 'bài viết',
    description: 'Các trang bài cho người đọc. Mỗi bài cần căn cứ pháp lý, nguồn và ngày rà soát.',
  },
  contacts: {
    label: 'Đường dây, nơi tiếp nhận',
    singular: 'đường dây',
    description: 'Số điện thoại và kênh tố giác. Chỉ đăng số đã đối chiếu nguồn; ghi ngày và cách đã kiểm tra.',
  },
  localities: {
    label: 'Địa phương (bản riêng của xã, phường)',
    singular: 'địa phương',
    description: 'Một tệp cho mỗi xã, phường, tỉnh có bản riêng: số của địa phương hiện lên trước.',
  },
  laws: {
    label: 'Văn bản pháp luật và điều khoản',
    singular: 'văn bản',
    description: 'Thư viện luật: bài viết chỉ trích dẫn điều khoản có ở đây.',
  },
  checklists: {
    label: 'Danh sách tự kiểm tra cho cơ sở',
    singular: 'danh sách',
    description: 'Bản in một trang cho từng loại cơ sở kinh doanh; mỗi việc ghi điều luật yêu cầu.',
  },
  searchTerms: {
    label: 'Từ đồng nghĩa cho ô tìm kiếm',
    singular: 'nhóm từ',
    description: 'Các từ cùng nghĩa: tìm bằng từ nào trong nhóm cũng ra cùng trang.',
  },
};

const source: Record<string, FieldWords> = {
  title: { label: 'Tên nguồn', hint: 'Tên trang hoặc văn bản, như nơi đăng ghi.' },
  url: { label: 'Địa chỉ nguồn', hint: 'Địa chỉ đầy đủ, bắt đầu bằng https://' },
};
const sourceWords = (prefix: string) => Object.fromEntries(Object.entries(source).map(([k, v]) => [`${prefix}.${k}`, v]));

export const FIELD_WORDS: Record<string, FieldWords> = {
  // Articles: content/articles/vi/*.md
  'articles.title': { label: 'Tiêu đề', hint: 'Rõ ràng, cụ thể, không giật tít (8–90 ký tự).' },
  'articles.description': { label: 'Mô tả ngắn', hint: 'Một hai câu hiện trong kết quả tìm kiếm và khi chia sẻ (50–180 ký tự).' },
  'articles.audiences': { label: 'Dành cho ai', hint: 'Bài hiện trong trang của từng nhóm đã chọn.' },
  'articles.kind': { label: 'Loại bài' },
  'articles.legalBasis': { label: 'Căn cứ pháp lý', hint: 'Văn bản và điều khoản bài dựa vào; phải có trong thư viện luật.' },
  'articles.legalBasis.law': { label: 'Văn bản' },
  'articles.legalBasis.provisions': { label: 'Điều khoản', hint: 'Mã điều như "dieu-327"; để trống nếu dẫn cả văn bản.' },
  'articles.sources': { label: 'Nguồn', hint: 'Nơi lấy thông tin trong bài; ít nhất một nguồn.' },
  ...sourceWords('articles.sources'),
  'articles.reviewed': { label: 'Ngày rà soát', hint: 'Ngày bạn đối chiếu bài với luật và nguồn.' },
  'articles.keywords': { label: 'Từ khoá', hint: 'Những từ người đọc hay gõ khi tìm nội dung này (tối đa 30).' },
  'articles.story': {
    label: 'Câu chuyện minh hoạ',
    hint: 'Chỉ chuyện ghép từ nhiều trường hợp, đã đổi chi tiết; không ảnh, số điện thoại, địa chỉ web hay tên tài khoản.',
  },
  'articles.story.composite': { label: 'Đây là chuyện ghép, đã đổi chi tiết', hint: 'Phải bật: trang chỉ đăng chuyện ghép.' },
  'articles.story.text': { label: 'Nội dung câu chuyện', hint: '50–1.500 ký tự, chỉ dùng tên đệm hoặc tên gọi tự đặt.' },
  'articles.need': { label: 'Người đọc cần gì', hint: 'Để trống khi loại bài đã nói đúng; trang mục xếp bài theo nhóm này.' },
  'articles.quiz': { label: 'Câu hỏi kiểm tra (cho tiết học)', hint: '3–8 câu; in ở /tai-lieu/cau-hoi/, đáp án ở trang thứ hai.' },
  'articles.quiz.question': { label: 'Câu hỏi' },
  'articles.quiz.choices': { label: 'Các lựa chọn', hint: '2–4 lựa chọn, in theo thứ tự A, B, C, D.' },
  'articles.quiz.answer': { label: 'Đáp án đúng' },
  'articles.quiz.explain': { label: 'Giải thích cho thầy cô', hint: 'Chỉ in ở trang đáp án.' },
  'articles.draft': { label: 'Bản nháp', hint: 'Bật thì bài chưa được đăng.' },
  'articles.body': {
    label: 'Nội dung bài',
    hint:
      'Viết Markdown. Dẫn luật bằng [](cite:nd-282-2025/dieu-34); số điện thoại bằng [](hotline:tong-dai-111) ' +
      '(không gõ số trực tiếp); mức phạt bằng [](penalties:nd-282-2025/dieu-34). Trang tự điền phần còn lại từ thư viện luật và danh bạ.',
  },

  // Contacts: content/contacts/*.yaml
  'contacts.name': { label: 'Tên đường dây', hint: 'Tên người dân biết, ví dụ "Tổng đài Cảnh sát 113".' },
  'contacts.number': { label: 'Số điện thoại', hint: 'Ghi như khi bấm gọi, chia nhóm: "1800 1233". Chỉ ghi số đã đối chiếu nguồn.' },
  'contacts.url': { label: 'Địa chỉ web', hint: 'Với kênh không phải số điện thoại; bắt đầu bằng https://' },
  'contacts.howTo': { label: 'Cách dùng', hint: 'Khi không có số hay địa chỉ web: đường dẫn trong ứng dụng, nơi đến trực tiếp.' },
  'contacts.hours': { label: 'Giờ trực', hint: 'Chỉ như nguồn ghi; nếu chưa rõ, ghi "Chưa xác nhận giờ trực".' },
  'contacts.cost': { label: 'Cước gọi', hint: 'Chỉ như nguồn ghi; nếu chưa rõ, ghi "Chưa xác nhận cước gọi".' },
  'contacts.operator': { label: 'Cơ quan vận hành' },
  'contacts.purpose': { label: 'Dùng khi nào', hint: 'Một hai câu: đường dây này giúp việc gì.' },
  'contacts.confidentiality': { label: 'Giữ bí mật', hint: 'Chỉ ghi điều nguồn nói; không tự suy ra.' },
  'contacts.needs': { label: 'Nhu cầu', hint: 'Danh bạ xếp đường dây vào từng nhu cầu đã chọn.' },
  'contacts.audiences': { label: 'Dành cho ai' },
  'contacts.scope': { label: 'Phạm vi' },
  'contacts.locality': { label: 'Địa phương', hint: 'Bắt buộc với đường dây của tỉnh, xã, phường.' },
  'contacts.priority': { label: 'Thứ tự', hint: 'Số nhỏ hiện trước (113 trước 111).' },
  'contacts.source': { label: 'Nguồn', hint: 'Nơi đã đọc số và thông tin. Không có nguồn thì không đăng.' },
  ...sourceWords('contacts.source'),
  'contacts.moreSources': { label: 'Nguồn khác xác nhận' },
  ...sourceWords('contacts.moreSources'),
  'contacts.sourceChecked': { label: 'Ngày đối chiếu nguồn', hint: 'Ngày bạn đọc lại nguồn và thấy thông tin không đổi. Đây không phải gọi thử.' },
  'contacts.callTest': { label: 'Gọi thử', hint: 'Chỉ điền khi đã thật sự gọi số này.' },
  'contacts.callTest.date': { label: 'Ngày gọi thử' },
  'contacts.callTest.result': { label: 'Kết quả', hint: 'Một câu: ai trả lời, họ nói gì về giờ trực, cước gọi.' },

  // Localities: content/localities/*.yaml
  'localities.name': { label: 'Tên địa phương', hint: 'Tên sau sắp xếp ngày 1/7/2025, ví dụ "Phường An Cựu".' },
  'localities.kind': { label: 'Cấp' },
  'localities.parent': { label: 'Thuộc tỉnh, thành phố' },
  'localities.contacts': { label: 'Đường dây của địa phương', hint: 'Hiện trước các đường dây toàn quốc trong bản của địa phương.' },
  'localities.reviewed': { label: 'Ngày kiểm tra', hint: 'Ngày bạn kiểm tra số liệu của địa phương.' },

  // Laws: content/laws/*.yaml
  'laws.number': { label: 'Số hiệu', hint: 'Ví dụ "282/2025/NĐ-CP".' },
  'laws.name': { label: 'Tên đầy đủ' },
  'laws.shortName': { label: 'Tên ngắn khi trích dẫn', hint: 'Ví dụ "Nghị định 282/2025/NĐ-CP".' },
  'laws.type': { label: 'Loại văn bản' },
  'laws.issued': { label: 'Ngày ban hành' },
  'laws.effective': { label: 'Ngày có hiệu lực' },
  'laws.status': { label: 'Tình trạng' },
  'laws.periodEnd': { label: 'Ngày hết giai đoạn', hint: 'Với chương trình, kế hoạch có thời hạn.' },
  'laws.replacedBy': { label: 'Được thay thế bởi', hint: 'Bắt buộc khi tình trạng là "đã được thay thế".' },
  'laws.amendedBy': { label: 'Văn bản sửa đổi' },
  'laws.amendedBy.law': { label: 'Văn bản sửa đổi' },
  'laws.amendedBy.effective': { label: 'Ngày sửa đổi có hiệu lực' },
  'laws.amendedBy.provisions': { label: 'Điều khoản bị sửa', hint: 'Mã điều trong văn bản này, như "dieu-10".' },
  'laws.amendedBy.note': { label: 'Sửa gì', hint: 'Một câu, và điều gì còn chưa rõ.' },
  'laws.officialUrl': { label: 'Địa chỉ văn bản chính thức' },
  'laws.source': { label: 'Nguồn đã đọc' },
  ...sourceWords('laws.source'),
  'laws.about': { label: 'Vì sao trang dùng văn bản này' },
  'laws.reviewed': { label: 'Ngày rà soát' },
  'laws.provisions': { label: 'Điều khoản', hint: 'Những điều khoản bài viết được dẫn.' },
  'laws.provisions.id': { label: 'Mã điều', hint: 'Như "dieu-327" hoặc "dieu-8-khoan-5".' },
  'laws.provisions.article': { label: 'Số điều' },
  'laws.provisions.clause': { label: 'Khoản' },
  'laws.provisions.point': { label: 'Điểm' },
  'laws.provisions.title': { label: 'Tên điều' },
  'laws.provisions.summary': { label: 'Tóm tắt bằng lời của mình', hint: 'Một hai câu, không chép nguyên văn.' },
  'laws.provisions.penalties': { label: 'Mức phạt', hint: 'Chỉ ghi khi đã đối chiếu văn bản.' },
  'laws.provisions.penalties.clause': { label: 'Khoản' },
  'laws.provisions.penalties.when': { label: 'Khi nào áp dụng' },
  'laws.provisions.penalties.warning': { label: 'Có hình thức cảnh cáo' },
  'laws.provisions.penalties.fine': { label: 'Phạt tiền (đồng)' },
  'laws.provisions.penalties.fine.min': { label: 'Từ' },
  'laws.provisions.penalties.fine.max': { label: 'Đến' },
  'laws.provisions.penalties.prison': { label: 'Phạt tù (tháng)' },
  'laws.provisions.penalties.prison.min': { label: 'Từ' },
  'laws.provisions.penalties.prison.max': { label: 'Đến' },
  'laws.provisions.penalties.life': { label: 'Đến tù chung thân' },
  'laws.provisions.penalties.death': { label: 'Đến tử hình' },
  'laws.provisions.penalties.other': { label: 'Biện pháp khác' },
  'laws.provisions.penalties.alternatives': { label: 'Các hình thức là lựa chọn thay thế nhau' },
  'laws.provisions.penalties.additional': { label: 'Là hình phạt bổ sung' },
  'laws.provisions.source': { label: 'Nguồn của điều này' },
  ...sourceWords('laws.provisions.source'),
  'laws.provisions.awaitingCheck': { label: 'Còn chờ đối chiếu', hint: 'Khi còn ghi, trang không đăng mức phạt của điều này.' },

  // Checklists: content/checklists/*.yaml
  'checklists.title': { label: 'Loại cơ sở', hint: 'Tiêu đề của bản in, ví dụ "Nhà nghỉ, khách sạn".' },
  'checklists.lead': { label: 'Lời dẫn', hint: 'Một hai câu: bản này cho ai, dùng thế nào.' },
  'checklists.article': { label: 'Bài giải thích', hint: 'Tên tệp của bài viết giải thích các nghĩa vụ này, không có .md.' },
  'checklists.groups': { label: 'Nhóm việc' },
  'checklists.groups.heading': { label: 'Tên nhóm', hint: 'Ví dụ "Giấy tờ", "Khách lưu trú", "Người làm việc".' },
  'checklists.groups.items': { label: 'Việc cần làm' },
  'checklists.groups.items.text': { label: 'Việc cần làm', hint: 'Viết như một lời dặn: "Có Giấy chứng nhận … trước khi đón khách".' },
  'checklists.groups.items.cite': {
    label: 'Điều luật yêu cầu',
    hint: 'Mã văn bản/mã điều, ví dụ nd-96-2016/dieu-3; bỏ trống chỉ khi không điều nào quy định.',
  },
  'checklists.reviewed': { label: 'Ngày rà soát' },

  // Search terms: content/tu-dong-nghia/*.yaml
  'searchTerms.terms': { label: 'Các từ cùng nghĩa', hint: 'Ít nhất hai từ trung tính; từ đầu tiên là từ trang dùng.' },
  'searchTerms.readerWords': { label: 'Từ người đọc có thể gõ', hint: 'Trang không bao giờ viết ra các từ này.' },
};

/** Names for the choices of fields whose values are codes (those the interface has no words for). */
export const CHOICE_WORDS: Record<string, string> = {
  'bo-luat': 'Bộ luật',
  luat: 'Luật',
  'phap-lenh': 'Pháp lệnh',
  'nghi-dinh': 'Nghị định',
  'quyet-dinh': 'Quyết định',
  'thong-tu': 'Thông tư',
  'van-ban-hop-nhat': 'Văn bản hợp nhất',
  'can-giup-ngay': 'Cần giúp ngay, muốn báo tin',
  'nhan-biet': 'Nhận biết dấu hiệu, mánh khóe',
  'phong-ngua': 'Phòng ngừa và làm đúng từ đầu',
  'giup-tre-em': 'Cha mẹ, thầy cô: giúp các em an toàn',
  'quyen-phap-luat': 'Quyền của bạn và pháp luật',
  'ho-tro': 'Hỗ trợ sau khi thoát ra',
  national: 'Toàn quốc',
  province: 'Tỉnh, thành phố',
  commune: 'Xã, phường, đặc khu',
  tinh: 'Tỉnh',
  'thanh-pho': 'Thành phố trực thuộc trung ương',
  xa: 'Xã',
  phuong: 'Phường',
  'dac-khu': 'Đặc khu',
};
