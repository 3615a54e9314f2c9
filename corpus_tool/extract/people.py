"""People: named persons with their titles as written around the name (SPEC section 3).

How it reads an article (no POS tagging of whole texts: that would cost more than the
segmentation this step may add to, see SPEC section 6):

1. Anchors found by precompiled regexes: title words (书记, 主任, 民警 …, data file
   `people_titles.txt`), speech and role cues after a name (说, 表示, 介绍, 代表, 委员,
   女士 …), names with a middle dot (穆罕默德·穆伊兹), the national leaders of
   `people_known.txt`, and the one a decision appoints, removes or lets resign (任命雷海潮为,
   免去马晓伟的…职务, 接受冯忠华辞去).
2. At each anchor the name is read from a surname (`people_surnames.txt`): after a title
   (主任刘炜在 → 刘炜, since 在 cannot be part of a given name), or before a cue, where
   the name must start at a boundary (punctuation, a title, 的). Where the length stays
   open, rjieba's tags of a window of a few characters decide (a hint only: a word the
   dictionary knows as something else, 高校 or 代表, is no name).
3. A three-character name no anchor marks (锦绣社区的刘玉琼) counts when the article
   writes it twice, the dictionary does not know it and rjieba tags it nr in context.
4. Every name accepted once is a person wherever the article names it again (胡启望说),
   and each mention carries the titles seen with that name anywhere in the article.

Records are per mention (like places); a person named eight times has eight records with
the same `titles`.

Left out: anonymized people (王某, 李某某, 张先生, 一张姓男子), reporters and
correspondents named in the body (记者徐鹏, 本报记者赵兵、任飞帆: they belong to the
byline), places (夏桥村) and names inside doctrine names (习近平新时代…思想).

Titles are the phrases before the name that end in a title word, split at 、
(岳阳市委副书记、市委政法委书记李挚 → both), with a leading preposition or anything up to
的 dropped (在民进福建省委会主委 → 民进福建省委会主委), plus a title word right after
the name (刘超代表 → 代表, 习近平总书记 → 总书记), and for the one a decision appoints or
removes, the post written after the name (任命雷海潮为国家卫生健康委员会主任). A phrase
starts after another titled person and 和/同/与/就 (匈牙利总理欧尔班和|斯洛伐克总理菲佐,
习近平同|俄罗斯总统普京), and after a day and its preposition (魏凤和12日同|印度尼西亚国防部长).

Foreign names: after the title of an official whose country is named just before
(俄罗斯总统普京, 南非共产党总书记恩齐曼迪; in Han characters for 日本, 韩国 … 江原规由),
and names with a middle dot, trimmed to the tagger's words around the dots
(认识|库尔班·尼亚孜|走进门来).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from operator import itemgetter
from typing import Any

from ahocorasick_rs import AhoCorasick, MatchKind

from corpus_tool.extract.context import ArticleContext
from corpus_tool.extract.numbers import trie_regex

HAN = "\u4e00-\u9fff"
DOTS = "·•・"
DOT_SET = frozenset(DOTS)
HAN_RE = re.compile(f"[{HAN}]+")
DOT_RE = re.compile(f"[{DOTS}](?:[{HAN}]+[{DOTS}])*")
PUNCT = "，。、；：！？“”‘’（）()《》〈〉【】[]—…,.;:!?\"' \u3000\t\n"
# What may stand right before a name that starts a clause: punctuation, the start, or a
# particle that ends the phrase before it (家住…社区的彭红女士).
LEFT_BOUNDARY = frozenset(PUNCT) | frozenset("的了")
# Characters that do not occur in a given name in this kind of text; a "name" holding
# one runs into the next word (刘炜在接受 → 刘炜).
STOP_CHARS = frozenset(
    "的了在和与及对把从向到等是该每所其这那此某也都就还又并而或着过说讲们我你他她它不没很最更已"
    "将被让给由于地"
)
# Stop characters that open many given names (向东, 向春, 和森): allowed there when the
# tagger reads the whole name as one.
NAME_STOP_CHARS = frozenset("向和其")
# … and 在, which opens Korean given names (文在寅, 李在明) but would end a Chinese one
# before the aspect marker (黄晓|在介绍): allowed only first.
GIVEN_FIRST_STOP_CHARS = NAME_STOP_CHARS | frozenset("在")
# What follows a bare surname when the person is not named (张先生, 李大爷, 王书记).
HONORIFIC_TAILS = (
    "同学",
    "先生",
    "女士",
    "老师",
    "师傅",
    "大爷",
    "大妈",
    "大姐",
    "大哥",
    "阿姨",
    "婆婆",
    "奶奶",
    "爷爷",
    "老汉",
    "某某",
    "记者",  # 向记者介绍: the preposition 向, not a person 向记者
    "某",
    "姓",
    "总",
    "老",
)
HONORIFIC_SET = frozenset(HONORIFIC_TAILS)
# Speech and role cues after a name. Role words (代表, 委员, 女士 …) are cues too.
SPEECH_CUES = (
    "说",
    "表示",
    "介绍",
    "指出",
    "认为",
    "强调",
    "告诉",
    "坦言",
    "透露",
    "解释",
    "建议",
    "感叹",
    "感慨",
    "宣称",
    "声称",
    "回忆",
    "笑着说",
    "说道",
    "提出",
    "谈到",
    "直言",
    "补充",
    "呼吁",
    "提醒",
    "坦承",
    "接受",
    "对记者",
    "向记者",
    "在接受",
    "看来",
    "深有体会",
    "激动地说",
    "主持",
    "出席",
    "会见",
    "讲话",
    "批示",
    "签署",
    "致信",
    "致电",
    "发言",
    "指示",
    "要求",
    "称，",
    "称：",
    "参加会见",
    "陪同会见",
    "参加会谈",
    "参加活动",
)
# Speech verbs strong enough to vouch for a name of unknown surname after a title.
TITLED_SPEAKER_CUES = ("说", "表示", "认为", "介绍", "告诉", "坦言", "感慨", "呼吁", "指出", "透露")
ROLE_CUES = ("同志", "女士", "先生", "老人")  # 蔡贵明老人: a cue, no title
# An author's works (古新军的纪实文学作品, 龚宇的著作): a cue, no title.
# Found from their own literal 的 (as one more cue they slowed the cue scan by a third).
WORK_CUE_RE = re.compile("的(?:著作|作品|纪实文学|小说|诗作|回忆录)")
ADVERBS_BEFORE_CUE = frozenset("就也还又便都却则才曾")
# A two-character manner word with 地 before a speech verb (陈光辉自豪地说, 他笑呵呵地介绍):
# the name ends before the manner word.
# Found from the literal 地 (a leading character class is tried at every position).
MANNER_CUE_RE = re.compile("地(?:说|表示|介绍|告诉|回忆|讲)")
# Words that may follow a name after a title and cannot continue it (社工黄晞华一直关注,
# 局长王平现任): the name ends before them.
NAME_FOLLOW_WORDS = (
    "一直", "曾经", "曾任", "现任", "目前", "已经", "近日", "日前", "一行", "分别", "作的", "作了", "应邀",
    # 副理事长王一鸣作讲解, 何立峰作交流发言: the lecture or report the named person gives
    "作讲解", "作报告", "作辅导", "作发言", "作交流发言", "作说明", "作专题", "作主旨",
)
# A department's head named between the department and the post, as ministry notices
# write it (电子信息司乔跃山副司长出席, 信息化和软件服务业司任利华副司长参加)
DEPARTMENT_HEAD_RE = re.compile(
    f"(?<=[司局处])([{HAN}]{{2,3}}?)(?=副?(?:司长|局长|处长)(?:参加|出席|致辞|主持|讲话|带队|率团|一行|在会上))"
)
DEPARTMENT_POST_RE = re.compile("副?(?:司长|局长|处长)")
# ... and after the second of two names joined by 和 (范先群和黄立|正在讨论)
PARTNER_FOLLOW_WORDS = (*NAME_FOLLOW_WORDS, "正在", "一起", "共同", "同时", "相继", "先后")
# Words whose first character would end a "name" before a cue (项目名|称 is 项目 + 名称).
WORDS_ACROSS_THE_END = frozenset(
    ("名称", "简称", "号称", "堪称", "俗称", "统称", "人称", "声称", "昵称", "职称", "宣称", "自称", "并称")
)
# An age before a name (62岁的陈丽丽和…, 27岁的王宁没想到): the name is read as after a title.
# Found from the literal 岁的 (a leading lookbehind is tried at every position).
AGE_CUE_RE = re.compile("岁的")
# A name right before a comma and the pronoun that goes on about that person (正在寄运药品
# 的孙晋芳，她拿出10块钱): found from the pronoun, the name read back from it.
PRONOUN_CUE_RE = re.compile("，[他她](?![们人])")
# A person and the people with them, counted (冯盼和3名工友, 方智勇和4个返乡的农民).
COMPANIONS_CUE_RE = re.compile("和[0-9一二两三四五六七八九十几]+[名个位]")
AGE_DIGITS = frozenset("0123456789一二三四五六七八九十")
# Characters after which a recurring name may start (带着刘玉琼的儿子, 发现刘玉琼).
RECURRING_LEFT = frozenset("着到现让给把向对和与是在从跟叫名")
RECURRING_NOT_END = frozenset("墓杯班家岩口苑长子记馆楼店庄寺桥山河湖路街园号屋铺坊堂阁亭塔")
# Last characters of an organization or place (卫健委, 林草局, 丰店镇), never of a name.
ORG_END = frozenset("委局办镇村乡县市区省州部厅院所队站会司处科社组团校馆厂店园")
# A three-character "name" ending in one of these ran into the next word (王晨作关于,
# 王毅同埃塞俄比亚外长, 王勃写过): 作, 同 … begin a verb or preposition more often than they
# end a name.
END_STOP = frozenset("作同向为以到称地给跟写曾终")  # 钱红|曾说过, 黄俊|终于
DOCTRINE_TAILS = (
    "新时代",
    "法治思想",
    "思想",
    "经济思想",
    "外交思想",
    "生态文明思想",
    "强军思想",
    "理论",
)
# Bylines running into the body: a name right after these (or after names of such a list,
# 本报记者赵兵、任飞帆) is the reporter's, not a person of the story.
BYLINE_RE = re.compile(rf"(?:记者|通讯员|实习生|摄影|编辑(?<!总编辑))\s*((?:[{HAN}]{{2,4}}\s*[、，]\s*)*)")
BYLINE_NAME_RE = re.compile(rf"[{HAN}]{{2,4}}")
# Co-writers credited at the end of a report: （段开尚、柯青坡…林文贵参与采写）
CREDIT_RE = re.compile(rf"[（(]((?:[{HAN}]{{2,4}}[、，])*[{HAN}]{{2,4}})(?:参与|参加)采写[）)]")
# Words ending the title phrase on its left: a title starts after them (在民进…主委).
TITLE_LEAD_STRIP = "在据由对向与同跟给让请被把将从经和及"
# A day and the preposition after it end the phrase before a title (魏凤和12日同|…部长).
DATED_LEAD_RE = re.compile(r".*\d+日(?:上午|下午|晚上|晚)?[同与和向]")
# Verbs that open the phrase before a title, not the title (欢迎突尼斯共和国总统).
TITLE_LEAD_VERBS = ("正如", "欢迎", "会见", "会晤", "接见", "看望", "慰问", "陪同", "邀请", "宴请", "发表", "刊发", "刊登")
TITLE_LEAD_VERB_RE = re.compile("|".join(TITLE_LEAD_VERBS))  # whether a phrase holds any of them
# What joins another titled person to the title phrase after it (欧尔班和|斯洛伐克总理).
PERSON_JOINT_RE = re.compile("[和同与就]")
# 犯罪嫌疑人张三、李四、王五等6人, 陈刚、郭素萍、吴相君等代表: a list of names joined by 、
# that a title or a role word after 等 anchors; each item is a whole name.
LIST_TAIL_RE = re.compile(
    r"等(?:代表|委员|同志|人|[\d一二两三四五六七八九十几多余]+[人名位](?:代表|委员)?"
    # 刘心武、陈建功等作家: a trade that only people have
    r"|作家|诗人|学者|科学家|艺术家|画家|书法家|演员|导演|歌手|运动员|选手|院士|教授|专家(?!组))"
)
# Three names or more joined by 、 with no title or role word around them (还有岑子杰、
# 刘颕匡、陈浩天、区诺轩……): found from the separators, checked item by item.
BARE_LIST_RE = re.compile(rf"[{HAN}]{{2,4}}(?:、[{HAN}]{{2,3}}){{2,}}(?:、[{HAN}]{{2,4}})?")
# its anchor: a literal 、 first lets the regex engine skip ahead (the list itself, read
# from any Han character, costs a fifth of this extractor's time)
BARE_LIST_ANCHOR_RE = re.compile(rf"、[{HAN}]{{2,3}}、[{HAN}]{{2,4}}")
# A count of the people just listed: 白所成、…、徐老发6名犯罪集团头目.
COUNT_OF_PEOPLE_RE = re.compile(r"[\d一二两三四五六七八九十]+[名人位]")
# What may end the last name of a list (吉炳轩出席会议, 王五等6人).
LIST_END_WORDS = ("等", "出席", "参加", "分别", "一行", "同志", "共同", "先后", "均", "被", "因", "作了")
# 联系人：吴国政 (the contact lines of a notice): names after the label, set apart by 、，.
# A contact given by name and telephone number after its office (电子信息司：喻一鸣 010-68208283).
# The office may run straight into the name, a two-character name may be spaced out
# (装备工业一司　陆瑞阳　010-68205630, 研究院　刘　迎　18610885074　李　铮　18910968668).
# a telephone number may be near: read the contacts (\d\d{6}, not \d{7}: a pattern that opens
# with a repeat gets no first-character scan from the regex engine, one tried at every position)
PHONE_DIGITS_RE = re.compile(r"\d\d{6}")
CONTACT_PHONE_RE = re.compile(
    # (every alternative opens with a character the engine can skip ahead to: a lookbehind
    # first is tried at every position)
    rf"(?:[：:]\s*|[司院局处室厅][ \u3000]*|\d[ \u3000]*)([{HAN}]{{2,3}}|[{HAN}][ \u3000][{HAN}])[ \u3000]*"
    r"(?=(?:0\d{2,3}[-－]?)?\d{7,8}(?!\d)|1[3-9]\d{9}(?!\d))"
)
CONTACT_RE = re.compile(rf"联\s*系\s*人\s*[：:]\s*((?:[{HAN}]{{2,3}}\s*[、，,]\s*)*[{HAN}]{{2,3}})(?![{HAN}])")
# A line that signs a statement with titles, a space and the name (全国政协委员、中国税务学会
# 副会长 张连起), as the NPC and CPPCC columns do; a two-character name may be spaced out
# (副总裁 张 涛), a foreign one dotted (泰国驻华大使 阿塔育·习萨目).
SIGNATURE_RE = re.compile(
    rf"(?m)^(?:——)?([^\n]{{2,40}}?[{HAN}])[ \u3000]+"
    rf"([{HAN}]{{2,4}}|[{HAN}][ \u3000][{HAN}]|[{HAN}]{{1,6}}[{DOTS}][{HAN}]{{1,8}})$"
)
SIGNATURE_NAME_MAX = 16  # the longest name SIGNATURE_RE reads (six characters, a dot, eight)
# 谭东，男，1963年出生; 陈锡华，1975年9月出生; 于海河，1962年出生于…: the profile of a person.
# (the name's first character first, then the lookbehind `(?<![^…].)`: at the start of the
# text or after one of these; a pattern that opens with a lookbehind is tried everywhere)
PROFILE_RE = re.compile(
    rf"([{HAN}](?<![^\n，。；：、）].)[{HAN}]{{1,2}})(?=，(?:[男女]，|(?:19|20)\d\d年(?:\d{{1,2}}月)?出生))"
)
# 李强同阿尔巴尼斯举行…, 赵乐际同崔龙海会谈 (the leader before 同 is checked in code).
MET_BY_LEADER_RE = re.compile("同(?P<name>[\u4e00-\u9fff]{2,6}?)(?=举行|会谈|会晤|通电话)")
# 任命雷海潮为…主任, 免去马晓伟的…主任职务, 选举李斌为…, 接受冯忠华辞去…: the one
# appointed, removed, elected or resigning, named bare between the verb and 为, 的 or 辞去
# (the name is checked in code).
APPOINTED_RE = re.compile(
    f"(?:任命|免去|提名|选举|接受)(?P<name>[{HAN}]{{2,6}}?)(?=为|的[{HAN}、]{{2,40}}?职务|辞去)"
)
# The post after an appointed or removed name: 为|最高人民法院副院长、审判委员会委员。,
# 的|国家卫生健康委员会主任|职务, 辞去|第十三届全国人大常委会委员|职务.
APPOINTED_POST_RE = re.compile(f"(?:为|的|辞去)(?P<post>[{HAN}、]{{2,40}}?)(?=职务|[，。；：\n]|$)")
# What a known name opens that is no mention of the person (鲁迅故居, 钱学森学院, 恩格斯军用
# 机场, 袁隆平农业高科技股份有限公司, 毛泽东思想).
NAMED_AFTER_PERSON = (
    "纪念馆", "博物馆", "故居", "学院", "班", "庄园", "农业", "军用", "机场", "杯", "奖", "号",
    "路", "街", "像", "精神", "主义", "思想",
)
# What stands before the name of a work's author (、童恩正《珊瑚岛上的死光》).
AUTHOR_LEFT = frozenset("、，。；：\n（")
# and those whose names Chinese writes in plain characters, not the usual transliteration
# set (柬埔寨首相洪森, 老挝…部长顺通, 缅甸总统温敏)
HAN_NAME_COUNTRIES = frozenset({"日本", "韩国", "朝鲜", "越南", "柬埔寨", "老挝", "缅甸"})
# Titles of foreign officials before a transliterated name with no known surname
# (俄罗斯总统普京通电话, 法国总统外事顾问博纳): the name ends at one of these.
INTERNATIONAL_BODIES = (
    "联合国",
    "世卫组织",
    "世界卫生组织",
    "世贸组织",
    "世界贸易组织",
    "国际货币基金组织",
    "世界银行",
    "国际奥委会",
    "国际原子能机构",
    "欧盟",
    "北约",
    "东盟",
    "非盟",
)
FOREIGN_TITLES = (
    "总统",
    "总干事",
    "大公",
    "首相",
    "外长",
    "国王",
    "王储",
    "夫人",  # 塞尔维亚总统武契奇和夫人塔玛拉: the leader's wife, after his country
    "议长",
    "顾问",
    "总理",
    "副总统",
    "外交部长",
    "部长",
    "主席",
    "秘书长",
    "院长",
    "大使",
    "市长",
    "主任",
    "教授",
    "会长",
    "所长",
    "州长",
    "总书记",
    "专家",
    "经济学家",
    "执行官",
    "研究员",
    "首席代表",
    "社长",
    "书记",
    "总督",
    "总裁",
    "课长",
)
FOREIGN_NAME_ENDS = (
    "认为",
    "重申",
    "用",
    "以及",
    "站在",
    "坐在",
    "感慨",
    "告诉",
    "笑着",
    "来到",
    "通电话",
    "会见",
    "会谈",
    "举行",
    "表示",
    "说",
    "在",
    "同",
    "和",
    "与",
    "的",
    "致",
    "就",
    "将",
    "也",
    "还",
    "分别",
    "出席",
    "访问",
    "共同",
    "一行",
    "时",
    "并",
    "已",
    "宣布",
    "当天",
    "称",
    "互",
    "夫妇",
    "夫人",
    "公布",
    "近日",
    "日前",
    "参加",
    "参与",
    "正",
    "指出",
    "强调",
    "介绍",
    "等",
    "发表",
    "签署",
    "主持",
    "率",
    "向",
    "对",
    "为",
    "是",
    "曾",
    "近期",
    "十分",
    "此前",
    "随后",
    "再次",
    "以",
    "今天",
    "今日",
    "昨天",
    "注意",
    "则",
    "由衷",
    "访华",
    "邀请",  # 应匈牙利总统舒尤克和总理欧尔班邀请
    "特别",  # 应法国总统马克龙特别邀请
    "陪同",  # 在匈牙利总理欧尔班夫人雷沃伊陪同下
    "高度",
    "赞扬",
    "感叹",
    "面对",
    "作为",
    "多次",
    "所",  # 联合国秘书长古特雷斯|所指出
    "少将",  # 军医部部长梭温少将: the rank after the name
    "中将",
    "上将",
)
# Words that make a dotted run a place or a building, not a name (尼古拉·特斯拉国际机场).
NOT_IN_DOTTED_NAMES = (
    "机场", "国际", "大学", "公司", "中心", "广场", "大街", "大道", "酒店", "清真寺", "学院", "教堂",
)
# The slash between the two players of a doubles pair (袁奥/周博维).
DOUBLES_PAIR_RE = re.compile(f"(?<=[{HAN}])[/／](?=[{HAN}])")
FOREIGN_TITLE_RE = re.compile("|".join(sorted(FOREIGN_TITLES, key=len, reverse=True)))
# 佐科总统, 安瓦尔总理, 谭德塞总干事: a foreign leader's name before the title.
# (found from the title, a literal the regex engine skips to; the name is read back from it)
LEADER_TITLE_AFTER_NAME_RE = re.compile(r"(?:总统|总理|首相|国王|最高元首|总干事)(?!府)")
NAME_BOUNDARY_BEFORE = frozenset("，。、；：“”（）和同与及的对向为将在") | frozenset(" \t\n\u3000")
# Role words before a local person's name in a report from abroad.
FOREIGN_ROLES = (
    "乘客", "妻子", "丈夫", "儿子", "女儿", "站长", "主任", "员工", "司机", "工程师", "村民",
    "学生", "老师", "教师", "经理", "医生", "护士", "农民", "工人", "店主", "市民", "居民",
)
TRANSLIT = frozenset(
    "阿埃艾安奥巴拜班邦贝本比彼宾波伯布查达戴丹道德迪蒂丁东杜多厄恩法菲费芬弗福伽盖甘冈戈格古"
    "哈海汉豪赫黑亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库拉莱赖兰朗劳勒雷里理利连林卢鲁路伦罗洛"
    "马玛迈麦曼梅门蒙米明姆穆纳娜奈南内尼宁努诺欧帕潘佩彭皮普奇齐乔切琼萨塞桑森沙莎舍什史舒斯"
    "苏索塔泰坦汤唐特图托瓦万旺威韦维温沃乌武西希谢辛休雅亚扬耶伊因英尤于约泽扎詹兹卓佐尔"
    "默德罕伊兹莫哈桑布利姆克赛义登契昂"
)
# Transliteration characters of the names after a foreign title (普京, 艾达尔别科夫, 博纳).
TRANSLIT_FOREIGN = TRANSLIT | frozenset("普京夫别纳博谭圭")
# After the start or a boundary: the name's first character comes first in the pattern so
# that the regex engine skips ahead to it; the lookbehind `(?<![^…].)` then holds at the
# start of the text or after a boundary (a leading lookbehind is tried at every position).
FOREIGN_SPEAKER_RE = re.compile(
    f"([{''.join(sorted(TRANSLIT_FOREIGN))}](?<![^”，。\n：；].)[{''.join(sorted(TRANSLIT_FOREIGN))}]{{1,3}})"
    "(?=说|表示|告诉|介绍|认为|指出)"
)
# A middle dot vouches for a name by itself: more characters count (亚历山大·菲格雷多,
# 奥列格·季莫费耶夫).
TRANSLIT_DOTTED = TRANSLIT_FOREIGN | frozenset(
    "历山列季提卜来再乃合敏丽孜热买吐江古依帕都易木茨昂妮力祖立朱侯涅娅凡施贡鲍密若蕾娃延姑叶钦汗逊琳不廷根乎恰雪奎彻岑"
    "茹毛朵治大卫伟何护昆梦洪瑟端那露欣干松策薇"
)


@cache
def data_lines(name: str) -> list[str]:
    """Non-comment lines of a shipped data file (corpus_tool/data/NAME)."""
    text = resources.files("corpus_tool.data").joinpath(name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


# The common parts of Tibetan names, two characters each; a name is often two of them
# (白玛赤林, 扎西平措, 洛桑江村), and its first character may read as a Han surname
# (白玛赤林 as 白 and 玛).
TIBETAN_PARTS = frozenset(
    "扎西 次仁 白玛 多吉 多杰 卓玛 达瓦 平措 旺堆 格桑 尼玛 拉巴 普布 索朗 洛桑 央金 德吉 顿珠 赤林 "
    "曲珍 仁青 才旦 加措 嘉措 群培 罗布 边巴 强巴 嘎玛 丹增 贡嘎 益西 土登 次旦 米玛 巴桑 措姆 拉姆 "
    "桑珠 占堆 朗杰 贡布 旦增 念智 江村 旺姆 德庆 欧珠 阿旺 贡桑 坚参 坚赞 晋美 琼达 次央 巴珠 普琼 "
    "旺杰 白珍 巴登 次珠 索南 才让 卓嘎 玉珍 拉珍 多布 泽仁 泽旺 仁增 格列 列确 向巴 "
    "江白 罗桑 尼东 拉毛 却吉 旦巴 扎巴".split()
)


def _tibetan_name(text: str, s: int) -> bool:
    """Two parts of Tibetan names start at `s` (扎西平措), not inside a dotted name."""
    return (
        text[s : s + 2] in TIBETAN_PARTS
        and text[s + 2 : s + 4] in TIBETAN_PARTS
        and text[s - 1 : s] not in DOTS
        and text[s + 4 : s + 5] not in DOTS
    )


def words_re(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of `words`, the longest first at a position, written as a
    trie (中(?:国(?:人民解放军|…)|…)): a flat alternation of many literals is tried branch
    by branch at every position whose character starts one of them. For a long list (the
    known organizations), a lookahead for the first two characters lets the engine pass
    over most positions at once; for a short one it costs more than it saves."""
    unique = sorted(set(words))
    body = trie_regex(unique)
    if len(unique) >= 300 and all(len(w) >= 2 for w in unique):
        firsts = re.escape("".join(sorted({w[0] for w in unique})))
        seconds = re.escape("".join(sorted({w[1] for w in unique})))
        body = f"(?=[{firsts}][{seconds}]){body}"
    return re.compile(body)


# Leftmost-longest matching of a list of literals (what the trie and the longest-first
# alternations did): an Aho-Corasick automaton scans a text in half the time.
INTERNATIONAL_AUTOMATON = AhoCorasick(list(INTERNATIONAL_BODIES), matchkind=MatchKind.LeftmostLongest)
FOREIGN_TITLE_AUTOMATON = AhoCorasick(list(FOREIGN_TITLES), matchkind=MatchKind.LeftmostLongest)
FOREIGN_ROLE_AUTOMATON = AhoCorasick(list(FOREIGN_ROLES), matchkind=MatchKind.LeftmostLongest)

# The rare words whose presence lets a step run (任命 … for the appointed, 司长 … for the
# heads of departments): found in one scan of the text instead of one `in` test each
# (most articles hold none of them, so every test read the whole text). No word's end
# is another's beginning, except within a group (，男，女，), so a word hidden inside
# another's match never hides its group.
PROFILE_WORDS = frozenset({"，男，", "，女，", "出生"})
APPOINTMENT_WORDS = frozenset({"任命", "免去", "提名", "选举", "辞去"})
DEPARTMENT_HEAD_WORDS = frozenset({"司长", "局长", "处长"})
TRIGGER_RE = re.compile(
    "|".join(
        map(re.escape, sorted(PROFILE_WORDS | APPOINTMENT_WORDS | DEPARTMENT_HEAD_WORDS | DOT_SET | {"组合", "采写", "系人"}))
    )
)


@cache
def tagger() -> Any:
    """The project's rjieba segmenter (domain dictionary loaded), or None without rjieba:
    its tags are a hint for names and organization edges, never the decision alone."""
    from corpus_tool.segment import segmenter

    seg = segmenter()
    return seg if hasattr(seg, "tag") else None


@lru_cache(maxsize=8192)
def tag(text: str) -> tuple[tuple[str, str], ...]:
    """rjieba's (word, POS) pairs of a short window; () without rjieba. Cached: the same
    windows recur (organization names, titles before names), and tagging is
    deterministic once the dictionary is loaded."""
    seg = tagger()
    return tuple(seg.tag(text)) if seg is not None else ()


@cache
def word_tag(word: str) -> str | None:
    """The tag of `word` when the dictionary knows it as one word, else None."""
    seg = tagger()
    if seg is None or not seg.has_word(word):
        return None
    pairs = seg.tag(word)
    return pairs[0][1] if len(pairs) == 1 else None


class _Lexicon:
    def __init__(self) -> None:
        lines = data_lines("people_surnames.txt")
        self.single = frozenset("".join(ln for ln in lines if len(ln) > 2))
        self.compound = frozenset(ln for ln in lines if len(ln) == 2)
        titles: list[str] = []
        after: list[str] = []
        roles: list[str] = []
        for ln in data_lines("people_titles.txt"):
            parts = ln.split()
            titles.append(parts[0])
            if "after" in parts[1:]:
                after.append(parts[0])
            if "role" in parts[1:]:
                roles.append(parts[0])
        self.titles = tuple(sorted(set(titles), key=len, reverse=True))
        # titles that vouch for a name on their own (not role words such as 工人, 学生)
        self.strong_titles = tuple(t for t in self.titles if t not in roles)
        self.role_set = frozenset(roles)
        self.title_set = frozenset(titles)  # membership tests (a tuple scan is 100+ compares)
        # The titles by their last character: whether a title ends at a position is asked
        # of the few that end in the character there (`str.endswith` with all the titles
        # compares every one of them).
        self.titles_by_last = _by_last_character(self.titles)
        self.strong_titles_by_last = _by_last_character(self.strong_titles)
        self.after_titles = tuple(sorted(set(after), key=len, reverse=True))
        self.common = frozenset(
            w for ln in data_lines("people_common_words.txt") for w in ln.split()
        )
        self.known = tuple(sorted(set(data_lines("people_known.txt")), key=len, reverse=True))
        firsts = "".join(sorted(self.single | {c[0] for c in self.compound}))
        self.title_re = words_re(self.titles)  # a trie: one branch per character
        self.title_firsts = frozenset(t[0] for t in self.titles)  # a test before title_re
        # the first two characters of the titles longer than two (国家|主席): a cheap test
        # before asking title_re whether a title starts there
        self.title_openings = frozenset(t[:2] for t in self.titles if len(t) > 2)
        # A name after a title starts with a surname right after a character that ends
        # some title; the regex engine finds those few places (a lookahead over every title
        # at every position costs as much as the whole segmentation), Python checks
        # `endswith(titles)` there. Titles may overlap (党总支书记: 支书, 书记); this way
        # every one counts. The surname comes first in the pattern: one that opens with a
        # lookbehind is tried at every position of the text.
        lasts = "".join(sorted({t[-1] for t in self.titles}))
        self.after_title_re = re.compile(f"[{firsts}](?<=[{re.escape(lasts)}].)")
        cues = sorted(set(SPEECH_CUES + ROLE_CUES + self.after_titles), key=len, reverse=True)
        self.cues = tuple(cues)
        self.cues_by_first = _by_first_character(cues)  # (see `_starts_cue`)
        # A cue one to three characters after a surname: where a name may end (a cue
        # alone matches three times as often, and each hit costs a Python call). The
        # lookahead for a first character of a cue lets the engine give up on most places
        # at once (the trie's first branch tries its alternatives one by one).
        cue_firsts = re.escape("".join(sorted({cue[0] for cue in cues})))
        self.cue_re = re.compile(
            f"[{firsts}][{HAN}]{{1,3}}?(?=[{cue_firsts}])(?P<cue>{trie_regex(cues)})"
        )
        # 市长旺堆代表说: a name without a known surname between a title and a role
        # word followed by a speech verb. One pattern per role word: a pattern that opens
        # with a literal is scanned several times faster than one that opens with a choice.
        self.role_speech_res = tuple(
            re.compile(f"{role}(?={'|'.join(map(re.escape, SPEECH_CUES))})") for role in ("代表", "委员")
        )
        # 负责人原建芳说, 司长别涛表示: a name whose surname the list lacks, between a title
        # and a speech verb. All but the title's last character is a lookahead, so that a
        # match that fails (区主|任纳学礼说, 主 ends 店主) does not consume the place where the
        # right one starts (主任|纳学礼说).
        self.titled_speaker_re = re.compile(
            f"[{re.escape(lasts)}](?=(?P<name>[{HAN}]{{2,4}}?)(?:{'|'.join(TITLED_SPEAKER_CUES)}))"
        )
        self.known_re = words_re(self.known)
        # a boundary, then surname + two characters: a charset first lets the regex engine
        # skip ahead, and only these few places reach Python
        lefts = "".join(sorted((LEFT_BOUNDARY | RECURRING_LEFT) - {"\n"}))
        self.recurring_re = re.compile(
            f"[{re.escape(lefts)}\n]([{''.join(sorted(self.single))}][{HAN}]{{2}})"
        )


@cache
def lexicon() -> _Lexicon:
    return _Lexicon()


def _by_first_character(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """`words` grouped by their first character, in their order."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return {first: tuple(group) for first, group in groups.items()}


def _by_last_character(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """`words` grouped by their last character, in their order."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[-1], []).append(word)
    return {last: tuple(group) for last, group in groups.items()}


def _ends_with(text: str, end: int, by_last: dict[str, tuple[str, ...]]) -> bool:
    """`text[:end].endswith(words)`, the words grouped by `_by_last_character`."""
    end = len(text) if end > len(text) else (max(0, end + len(text)) if end < 0 else end)
    return end > 0 and text.endswith(by_last.get(text[end - 1], ()), 0, end)


def _title_ends(lex: _Lexicon, text: str, end: int) -> bool:
    """A title (`lex.titles`) ends at `end`: `text.endswith(lex.titles, 0, end)`."""
    if 0 < end <= len(text):  # (the common case, without the call that normalizes `end`)
        return text.endswith(lex.titles_by_last.get(text[end - 1], ()), 0, end)
    return _ends_with(text, end, lex.titles_by_last)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _surname_len(lex: _Lexicon, text: str, i: int) -> int:
    if text[i : i + 2] in lex.compound:
        return 2
    return 1 if text[i : i + 1] in lex.single else 0


# Cached: a pure test of a short reading, and six readings in ten repeat one read before in
# a pass over the month (the same names recur within and across articles). Bounded, so that
# a build over a large corpus does not keep every reading it ever tried.
@lru_cache(maxsize=1 << 16)
def _plausible(lex: _Lexicon, cand: str, sl: int, org_end_ok: bool = False) -> bool:
    """A surname of `sl` characters and a given name of one or two plain characters.
    `org_end_ok`: a two-character given name may end like an organization (刘站科) when
    a title before it and a speech verb after it vouch for the name."""
    given = cand[sl:]
    if not 1 <= len(given) <= 2 or not HAN_RE.fullmatch(cand) or cand in HONORIFIC_SET:
        return False  # 司机师傅
    if given.startswith(HONORIFIC_TAILS):
        return False
    if not STOP_CHARS.isdisjoint(given) and not (
        # 徐向春, 杨和森: the tagger reads the three characters as one name
        len(cand) == 3 and sl == 1 and given[0] in GIVEN_FIRST_STOP_CHARS and tag(cand) == ((cand, "nr"),)
    ) and not (
        # 处长黄晓和|介绍: a conjunction cannot stand before the speech verb, so 和 ends
        # the name a title and the verb vouch for
        org_end_ok and len(given) == 2 and given[-1] in NAME_STOP_CHARS and given[0] not in STOP_CHARS
    ):
        return False
    if given in lex.title_set or (len(given) == 2 and given[-1] in END_STOP):
        return False  # 习主席; 王晨作关于
    # 卫健委, 林草局, 丰店镇: an organization or place, not a given name
    if given[-1] in ORG_END and not (org_end_ok and len(given) == 2):
        return False
    if cand[:sl] == "向" and len(given) == 2 and (given[-1] == "方" or word_tag(given) is not None):
        return False  # 主席|向全球…致贺信, 向媒体, 向塞方: the preposition, not the surname 向
    return "某" not in given


def _name_ok(lex: _Lexicon, cand: str, strong: bool) -> bool:
    """False for a word the dictionary knows as something else (高校, 代表, 荣誉, 严肃).
    With strong evidence (a title before and a cue after: 总经理黄河代表说) a noun may
    still be a name; an adjective or adverb never is (总书记严肃指出)."""
    t = word_tag(cand)
    common = cand in lex.common or (t is not None and not t.startswith("nr"))
    if not common:
        return True
    return strong and (t is None or t[0] == "n")


# Titles that name the holder of an honor written in quotes before them (“中国青年五四奖章”
# 获得者): the quoted honor belongs to the title.
QUOTED_HONOR_TITLES = frozenset({"获得者", "得主", "提名奖获得者"})
# Aspect particles: the character before one is a verb (来了, 站着), not a given name's end.
ASPECT_MARKS = ("了", "着", "过")


def _verb_before_aspect(text: str, t: int, sl: int) -> bool:
    """The tagger reads a name of one given character and then a one-character verb at
    `t` (李杰|来|了): the name is the shorter one."""
    pairs = tag(text[t : t + sl + 3])
    return (
        len(pairs) >= 2
        and pairs[0][1].startswith("nr")
        and len(pairs[0][0]) == sl + 1
        and pairs[1][1] == "v"
        and len(pairs[1][0]) == 1
    )


def _verb_and_particle(cand: str) -> bool:
    """The tagger reads a one-character verb and then a preposition, an adverb, a
    conjunction or a distinguishing word (应|按要求, 宜|按, 应|主动, 应|本着): a modal and
    its verb, no name."""
    pairs = tag(cand)
    return (
        len(pairs) == 2
        and len(pairs[0][0]) == 1
        and pairs[0][1][:1] == "v"
        and pairs[1][1][:1] in ("p", "d", "c", "b")
    )


def _transliteration_end(text: str, s: int, e: int) -> int:
    """Where a name read at [s, e) after a title ends: a transliterated name runs on by up
    to three characters to the speech verb or conjunction after it (司长马卡拉|沃表示,
    协调员杜德|贾克与); any other name ends at `e`."""
    if not TRANSLIT_FOREIGN.issuperset(text[s:e]):
        return e
    run = e
    while run - e < 3 and text[run : run + 1] in TRANSLIT_FOREIGN:
        run += 1
    if run > e and text.startswith(SPEECH_CUES + ("与", "和", "同"), run):
        return run
    return e


def _dotted_names(text: str) -> list[tuple[int, int]]:
    """Names joined by a middle dot (穆罕默德·穆伊兹, 帕巴拉·格列朗杰) whose characters
    are mostly those of transliterations: “我为群众办实事•走千村进万户” is a slogan. The
    name runs from the dot over Han characters up to a title, a cue or a function word."""
    lex = lexicon()
    out: list[tuple[int, int]] = []
    last = 0
    for m in DOT_RE.finditer(text):
        s, e = m.start(), m.end()
        if s < last:
            continue
        titled = False  # a title right before vouches for a short name (副议长蒂娅·茹)
        while s > 0 and m.start() - s < 10 and _is_han(text[s - 1]):
            if _title_ends(lex, text, s) or text.endswith(FOREIGN_TITLES, 0, s):
                titled = True
                break
            if text[s - 1] in STOP_CHARS and not (
                # 阿卜都拉·图尔贡: 都 between transliteration characters is part of it
                text[s - 1] in TRANSLIT_DOTTED and s >= 2 and text[s - 2] in TRANSLIT_DOTTED
            ):
                break
            s -= 1
        while e < len(text) and e - m.end() < 10 and (_is_han(text[e]) or text[e] in DOTS):
            if text[e] in STOP_CHARS or _starts_cue(lex, text, e) or lex.title_re.match(text, e):
                break
            if e - m.end() >= 2 and text.startswith(FOREIGN_NAME_ENDS, e):
                break  # 阿什拉夫·穆斯塔法|正在调试
            e += 1
        chars = [ch for ch in text[s:e] if ch not in DOTS]
        if any(w in text[s:e] for w in NOT_IN_DOTTED_NAMES):
            continue
        if sum(ch in TRANSLIT_DOTTED for ch in chars) < 0.7 * len(chars):
            # 帕提麦萨伊普·阿帕尔|洒扫庭院后: the name is the run of transliteration
            # characters around the dots
            k = m.end()
            while k < e and text[k] in TRANSLIT_DOTTED:
                k += 1
            j = m.start()
            while j > s and text[j - 1] in TRANSLIT_DOTTED:
                j -= 1
            if titled and m.start() - s == 1:
                j = s  # 主席杨·布里耶斯: a one-character first name after the title
            if k - m.end() >= 2 and (m.start() - j >= 2 or (titled and j == s < m.start())):
                s, e = j, k
                chars = [ch for ch in text[s:e] if ch not in DOTS]
        if len(chars) >= (3 if titled else 4) and sum(ch in TRANSLIT_DOTTED for ch in chars) >= 0.7 * len(chars):
            s, e = _dotted_edges(text, s, e, m.start(), m.end())  # DOT_RE ends at a dot
            # 克里斯托弗·科赫和肯恩·冈村: two dotted names joined by 和
            joint = text.find("和", s, e)
            if joint != -1 and DOT_RE.search(text, s, joint) and DOT_RE.search(text, joint, e):
                out += [(s, joint), (joint + 1, e)]
            else:
                out.append((s, e))
            last = e
    return _same_names(text, out)


def _same_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A dotted name read one or two characters too far (库尔班·尼亚孜|利用) is cut back
    to the same name written elsewhere in the article (库尔班·尼亚孜正说着)."""
    names = {text[s:e] for s, e in spans}
    out = []
    for s, e in spans:
        for cut in (1, 2):
            if e - cut > s and text[s : e - cut] in names:
                e -= cut
                break
        out.append((s, e))
    return out


# Words of the text around a dotted name that the tagger reads as these are no part of
# it (认识|库尔班·尼亚孜|一边, 父亲|穆罕穆德·阿里, 巴尔丹|近年来): verbs, adverbs,
# function words, times, and nouns not written in transliteration characters.
_NOT_NAME_TAGS = ("v", "d", "p", "c", "f", "m", "t", "r", "u", "a", "q", "n", "l", "i")


def _outside_name(word: str, ptag: str) -> bool:
    return ptag.startswith(_NOT_NAME_TAGS) and not ptag.startswith("nr") and not all(
        ch in TRANSLIT_DOTTED for ch in word
    )


def _dotted_edges(text: str, s: int, e: int, first_dot: int, last_dot_end: int) -> tuple[int, int]:
    """[s, e) narrowed to the name: the tagger's words before the first dot and after
    the last one are dropped from the first that is no part of a transliteration."""
    end = last_dot_end
    for word, ptag in tag(text[last_dot_end:e]):
        if end > last_dot_end and _outside_name(word, ptag):
            break
        end += len(word)
    start = first_dot
    for word, ptag in reversed(tag(text[s:first_dot])):
        # a lone character before the dots is kept (克日|什托夫: 日 read as a time)
        if start < first_dot and len(word) >= 2 and _outside_name(word, ptag):
            break
        start -= len(word)
    return start, end


def _byline_starts(text: str, credited: bool) -> set[int]:
    """Where a reporter's name may start: right after 记者 (通讯员 …) and after each 、
    of a list that follows (（本报记者赵兵、任飞帆、李亚楠）), and each co-writer's
    (（王筱倩参与采写）), where the text holds 采写 (`credited`)."""
    out: set[int] = set()
    for m in BYLINE_RE.finditer(text):
        out.add(m.start(1))
        for n in BYLINE_NAME_RE.finditer(m.group(1)):
            out.add(m.start(1) + n.start())
        out.add(m.end(1))
    if credited:
        for m in CREDIT_RE.finditer(text):
            for n in BYLINE_NAME_RE.finditer(m.group(1)):
                out.add(m.start(1) + n.start())
    return out


def _positions(text: str, char: str) -> list[int]:
    """Where `char` stands in `text`, in order."""
    out = []
    i = text.find(char)
    while i != -1:
        out.append(i)
        i = text.find(char, i + 1)
    return out


def _starts_cue(lex: _Lexicon, text: str, pos: int) -> bool:
    """`text.startswith(lex.cues, pos)` (pos >= 0), asked of the cues that open with the
    character there only."""
    return text.startswith(lex.cues_by_first.get(text[pos : pos + 1], ()), pos)


class _Finder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.lex = lexicon()
        self.ctx = ctx
        joined = ctx.joined
        self.text = joined.text
        self.starts = joined.starts
        # Characters no name may cover: places (夏桥村 is a village, not a person).
        self.blocked = joined.place_mask
        # which of the rare words that let a step run the text holds (see TRIGGER_RE)
        self.triggers = frozenset(TRIGGER_RE.findall(self.text))
        self.byline_starts = _byline_starts(self.text, "采写" in self.triggers)
        # ends of foreign country names (俄罗斯 in 俄罗斯总统普京)
        self.foreign_ends: list[int] = []
        # ends of countries whose people's names are written in Han characters (日本首相岸田文雄)
        self.han_name_ends: list[int] = []
        for rec in ctx.places:
            p = rec["paragraph"]
            if rec.get("level") == "other" and 0 <= p < len(self.starts):
                self.foreign_ends.append(self.starts[p] + rec["end"])
                if rec.get("name") in HAN_NAME_COUNTRIES:
                    self.han_name_ends.append(self.starts[p] + rec["end"])
        # the officials of the United Nations and other international bodies are foreign
        # too (联合国大会主席弗朗西斯, 世卫组织总干事谭德塞)
        for _, _, end in INTERNATIONAL_AUTOMATON.find_matches_as_indexes(self.text):
            self.foreign_ends.append(end)
        self.foreign_ends.sort()
        # An article about a foreign country (its main place is one) names local people
        # after role words too: 乘客特斯法伊, 站长马莫, 当地员工塔德瑟.
        main = ctx.main_place
        chinese_main = bool(main) and any(
            r.get("name") == main and r.get("adcode") for r in ctx.places
        )
        self.abroad = not chinese_main and bool(self.foreign_ends)
        # name → titles in reading order
        self.titles: dict[str, list[str]] = {}
        # the (start, end) spans `_accept` was called with
        self.accepted_spans: set[tuple[int, int]] = set()
        # (start, end) → whether `_rejected`
        self.rejected_spans: dict[tuple[int, int], bool] = {}

    # -- checks shared by every anchor ----------------------------------------------

    def _rejected(self, text: str, s: int, e: int) -> bool:
        """Whether no name may stand at [s, e) of the article's text (a place, a byline, a
        word running on): asked once per span (an accepted name is asked again for each of
        its mentions)."""
        rejected = self.rejected_spans.get((s, e))
        if rejected is None:
            rejected = self.rejected_spans[(s, e)] = self._reject(text, s, e)
        return rejected

    def _reject(self, text: str, s: int, e: int) -> bool:
        if s in self.byline_starts or self.blocked.find(1, s, e) != -1:
            return True
        nxt = text[e : e + 1]
        if (
            nxt
            and nxt in "村镇乡县市区省州路街局院所队站厅部委办"
            and not _starts_cue(self.lex, text, e)
            and not (nxt == "所" and text[e + 1 : e + 2] in "作做在说讲述提带领属有言指强倡")
            and not (nxt == "站" and text[e + 1 : e + 2] in "在着起了")
        ):
            return True  # 李克强所作的报告, 张文喜所在的村, 古特雷斯所指出, 廖勇站在: 所 and 站 are no office there
        if text[e - 1 : e + 1] in WORDS_ACROSS_THE_END:
            return True  # 项目名|称: the "name" ends inside the word 名称
        if e - 2 > s and text[e - 2 : e] in self.lex.title_openings:
            title = self.lex.title_re.match(text, e - 2)
            if title is not None and title.end() > e:
                return True  # 应国家|主席习近平: the "given name" opens the title 国家主席
        return text.startswith(DOCTRINE_TAILS, e)

    def _title_ends_at(self, text: str, pos: int) -> bool:
        if text[pos - 1 : pos + 1] == "师傅":
            return False  # 老师傅伊海: 师傅 is the role, 老师 is no title here
        return _title_ends(self.lex, text, pos)

    # -- reading a name at an anchor ---------------------------------------------------

    def _after_title(self, text: str, t: int) -> int:
        """Length of a name starting right after a title at `t`, or 0."""
        lex = self.lex
        if _tibetan_name(text, t):
            return 4  # 全国人大代表扎西江村介绍: a Tibetan name has no surname
        sl = _surname_len(lex, text, t)
        if not sl:
            return 0
        # a dot one to three characters after the surname, or the end of the text there
        # (where the slice of one character is empty, and "" is in every string)
        if t + sl + 3 >= len(text) or not DOT_SET.isdisjoint(text[t + sl + 1 : t + sl + 4]):
            return self._dotted_after_title(text, t)  # 画家伊琳娜·波列瓦娅: the whole name
        for length in (sl + 1, sl + 2):
            # 冯帆代表认为, 张宇海说: a cue right after settles the length
            cand = text[t : t + length]
            # (the cheap tests first: all of them are pure)
            if len(cand) != length or not (
                _starts_cue(lex, text, t + length)
                or (text[t + length : t + length + 1] in lex.title_firsts and lex.title_re.match(text, t + length))
            ):
                continue
            # a speech verb, or a deputy's trailing title (校长包信和|代表, not 代表们), vouches
            # for a name that ends like a word (黄晓和|介绍)
            vouched = text.startswith(SPEECH_CUES, t + length) or (
                text.startswith(("代表", "委员"), t + length) and text[t + length + 2 : t + length + 3] != "们"
            )
            if _plausible(lex, cand, sl, org_end_ok=vouched) and _name_ok(lex, cand, strong=True):
                return length
        for length in (sl + 2, sl + 1):
            # 主任刘炜在接受: the next character cannot continue a name
            cand = text[t : t + length]
            if len(cand) < length or not _plausible(lex, cand, sl):
                continue
            nxt = text[t + length : t + length + 1]
            if not (
                not nxt
                or nxt in PUNCT
                or nxt in STOP_CHARS
                or text.startswith(NAME_FOLLOW_WORDS, t + length)
            ):
                continue
            if not _name_ok(lex, cand, False) or (length == sl + 2 and cand[-1] in END_STOP):
                continue
            # (asked of the tagger only here, where the name would otherwise be read)
            if _verb_and_particle(text[t : t + length + 1]):
                continue  # 专家|应|本着: a modal, no name
            if length == sl + 2 and nxt in ASPECT_MARKS and _verb_before_aspect(text, t, sl):
                continue  # 李杰|来了精神: a verb before 了, read by the tagger
            if length == sl + 2 and cand[-1] == "正" and nxt in "与和同跟":
                continue  # 廖席|正与工人们查看: the adverb 正 (李正与同事 keeps its 正)
            if length == sl + 2 and (word_tag(text[t + length - 1 : t + length + 1]) or "")[:1] in ("v", "p", "s", "t"):
                # 汪伟|接到电话, 欧阳斐|收到: the last character opens a verb; 王晨|关于: a
                # preposition; 李强|当地时间, 王伟|当天: a place or a time word
                continue
            if (
                length == sl + 2
                and word_tag(cand[:2]) == "n"
                and word_tag(text[t + length - 1 : t + length + 1])
            ):
                continue  # 院士|项目|落地: two words, no name
            return length
        # Open length (民警王小明赶到, 代表万卫星因病): the tagger decides.
        pairs = tag(text[t : t + 8])
        if pairs:
            word, pos = pairs[0]
            if pos.startswith("nr") and len(word) == sl + 3 and (
                word.endswith("家") or text.startswith(ASPECT_MARKS, t + len(word))
            ):
                # 村民|何小勇家(nr)|的, 主任|徐建旭松(nr)|了口气: the tagger read his home
                # or a verb into the name
                word = word[:-1]
            if pos.startswith("nr") and sl + 1 <= len(word) <= sl + 2:
                if len(word) == sl + 1 and len(pairs) > 1:
                    # 袁亮|明|带领, 刘玲|琍|、: a lone character the tagger could not place
                    # ends the given name
                    rest, rpos = pairs[1]
                    longer = text[t : t + sl + 2]
                    if (
                        len(rest) == 1
                        and rpos in ("a", "ag", "ng", "n", "nr", "zg", "x")
                        and _is_han(rest)
                        and _plausible(lex, longer, sl)
                        and _name_ok(lex, longer, False)
                    ):
                        return sl + 2
                if _plausible(lex, word, sl) and _name_ok(lex, word, False):
                    return len(word)
            if len(word) == sl and len(pairs) > 1:
                given, gpos = pairs[1]
                cand = word + given
                if (
                    (
                        (len(given) <= 2 and gpos[:1] == "n")
                        # 研究员|蒋|建新(v)|结合(v): a given name the tagger reads as a verb,
                        # when a verb of its own follows it
                        or (len(given) == 2 and gpos == "v" and len(pairs) > 2 and pairs[2][1] == "v" and len(pairs[2][0]) == 2)
                    )
                    and _plausible(lex, cand, sl)
                    and _name_ok(lex, cand, False)
                ):
                    return len(cand)
        return 0

    @staticmethod
    def _title_inside_place(text: str, t: int, length: int) -> bool:
        """The tagger reads the title's last character and the name's first as a place
        (省|长江|产业, 地处|长江上游), and what follows as a common word, not a name (but
        团长|安纳迪 and 队长|龙秀林 stay names)."""
        lo = max(0, t - 4)
        pos = lo
        pairs = tag(text[lo : t + length + 2])
        for i, (word, ptag) in enumerate(pairs):
            if pos < t < pos + len(word):
                if ptag not in ("ns", "l"):
                    return False
                if pos + len(word) >= t + length:
                    return True  # 长江上游: the place covers the whole name
                nxt = pairs[i + 1][1] if i + 1 < len(pairs) else ""
                return nxt in ("n", "f", "zg", "v", "vn")
            pos += len(word)
            if pos > t:
                break
        return False

    def _trade_before(self, text: str, t: int) -> bool:
        """调度员|钱程, 值班员|欧霞: a three-character noun ending in 员 names a post, as sure
        as a title; 人员, 队员, 驾驶员 stay role words."""
        word = text[t - 3 : t]
        return (
            word.endswith("员")
            and word not in self.lex.role_set
            and word[1:] not in self.lex.role_set
            and word_tag(word) == "n"
        )

    @staticmethod
    def _role_name_recurs(text: str, t: int, length: int) -> bool:
        """外卖小哥李作(v)超(v)|就开始 … 。李作超是…。李作超工作的: a three-character
        name after a role word that the tagger splits is still one when the article opens
        two more sentences or clauses with it."""
        if length != 3:
            return False
        name = text[t : t + 3]
        opened = sum(1 for m in re.finditer(re.escape(name), text) if m.start() != t and (m.start() == 0 or text[m.start() - 1] in "。，；！？\n”"))
        return opened >= 2

    def _after_role(self, text: str, t: int, length: int) -> bool:
        """A role word (工人, 学生, 选手) says less than a title: the name after it must
        also start a name for the tagger (工人袁亮明, not 比农民高得多 or 引导学生戴口罩),
        and a two-character one must end at punctuation or a cue (工人高达400余人)."""
        if word_tag(text[t - 1 : t + 1]) is not None:
            return False  # 滇国王|侯贵族: 王侯 is a word, so 国王 is no title here
        pairs = tag(text[t : t + length + 4])
        if not pairs:
            return False
        word, ptag = pairs[0]
        if not (ptag.startswith("nr") or (ptag == "x" and len(word) == length and word.isalpha())):
            return False  # (研究生|马蓓蓓(x)|等: a word the tagger does not know, as a name)
        if length == 2:
            nxt = text[t + 2 : t + 3]
            if not nxt or nxt in PUNCT or _starts_cue(self.lex, text, t + 2):
                return True
            # 队员张诺|有点紧张, 游客黄捷|很开心, 员工胡超|咬咬牙: the tagger ends the name
            # there, and a verb, an adverb or a particle follows (not 工人高达|400余人,
            # 学生高阶|思维, 选手潘展|乐以, nor an idiom: 医护人员闻令而动)
            if len(word) != 2 or len(pairs) < 2 or (word_tag(text[t : t + 4]) or "")[:1] in ("i", "l"):
                return False
            following, ftag = pairs[1]
            return nxt in STOP_CHARS or (
                len(following) >= 2 and ftag[:1] in ("v", "d", "i", "a", "r", "s", "l")
            )
        return True

    def _dotted_after_title(self, text: str, t: int) -> int:
        """Length of a dotted name right after a title (教授路易斯·保利诺表示), or 0."""
        lex = self.lex
        j = t
        last_dot = t
        while j < len(text) and j - t < 14 and (_is_han(text[j]) or text[j] in DOTS):
            if text[j] in DOTS:
                last_dot = j
            elif text[j - 1] not in DOTS and j - t >= 2:
                wt = word_tag(text[j : j + 2]) if j - last_dot >= 3 else None
                if (
                    (wt is not None and wt[0] in "vdpcm")  # 波列瓦娅|联合, 帕萨林|发来
                    or (text[j] == "一" and j - last_dot >= 3)
                    or text[j] in STOP_CHARS
                    or _starts_cue(lex, text, j)
                    or text.startswith(FOREIGN_NAME_ENDS, j)
                    or lex.title_re.match(text, j)
                ):
                    break
            j += 1
        name = text[t:j]
        if name[-1:] in DOTS or not any(d in name for d in DOTS):
            return 0
        return j - t

    def _sandwich_before(self, text: str, c: int) -> tuple[int, int] | None:
        """A name with no known surname between a title and `c`, where a role word and a
        speech verb follow (市长旺堆代表说)."""
        for length in (2, 3, 4):
            s = c - length
            if s <= 0:
                return None
            cand = text[s:c]
            if not all(_is_han(ch) and ch not in STOP_CHARS for ch in cand):
                return None
            if (
                cand[-1] not in ORG_END
                and not _starts_cue(self.lex, cand, 0)
                and self._title_ends_at(text, s)
                and _name_ok(self.lex, cand, strong=True)
            ):
                return (s, c)
        return None

    def _titled_speaker(self, text: str, s: int, c: int) -> tuple[int, int] | None:
        """A name of any surname between a title ending at `s` and a speech verb at `c`
        (民宿负责人原建芳说, 法规司司长别涛表示, 菲律宾外长洛钦说)."""
        cand = text[s:c]
        if (
            not self._title_ends_at(text, s)
            or self._title_ends_at(text, s + 1)  # 党总支书|记张保平: the title goes on
            or self._title_ends_at(text, s + 2)
            or word_tag(text[s - 1 : s + 1]) is not None  # 老挝籍员|工蒙屏: 员工 is a word
            or not STOP_CHARS.isdisjoint(cand)
            or cand[-1] in ORG_END
            or cand[0] in "老小"  # 老李, 小慧: a familiar form, no full name
            or cand[-1] in ADVERBS_BEFORE_CUE  # 总理菲佐|则表示
            or cand.endswith(HONORIFIC_TAILS)
            or _starts_cue(self.lex, cand, 0)
        ):
            return None
        pairs = tag(cand)
        if len(pairs) != 1 or not pairs[0][1].startswith("nr"):
            return None  # 代表团|审议时, 对职工个人|来说: the tagger must read one name
        return (s, c)

    def _opening_name(self, text: str, c: int) -> tuple[int, int] | None:
        """The whole name that opens a paragraph before a role word and a speech verb
        (尼玛扎西委员发言说, 陈冯富珍委员发言说, 穆铁礼甫·哈斯木委员发言说), whatever its
        surname: the reports of NPC and CPPCC sessions name speakers this way."""
        s = c
        while s > 0 and c - s <= 10 and (_is_han(text[s - 1]) or text[s - 1] in DOTS):
            s -= 1
        if s > 0 and text[s - 1] != "\n":
            return None
        cand = text[s:c]
        dotted = any(ch in DOTS for ch in cand)
        if not (2 <= len(cand) <= 4 or (dotted and len(cand) <= 10)) or cand[0] in DOTS:
            return None
        if STOP_CHARS.intersection(cand) or cand[-1] in ORG_END:
            return None
        if "代表" in cand or "委员" in cand or cand[0] in "一有部许多各每这那该其全":
            return None  # 一些代表委员认为, 有代表委员认为: who, not a name
        if not dotted and not _name_ok(self.lex, cand, strong=False):
            return None  # 与会代表说, 许多委员说, 全国人大代表说
        return (s, c)

    def _before_pronoun(self, text: str, c: int) -> tuple[int, int] | None:
        """The name that ends at `c`, before ，他 or ，她 (or 和3名工友): after a boundary
        (的, punctuation), of a known surname, read by the tagger as one name."""
        lex = self.lex
        for length in (3, 2):
            s = c - length
            if s < 1 or text[s - 1] not in LEFT_BOUNDARY:
                continue
            cand = text[s:c]
            sl = _surname_len(lex, cand, 0)
            if sl and _plausible(lex, cand, sl) and _name_ok(lex, cand, False) and tag(cand) == ((cand, "nr"),):
                return (s, c)
        return None

    def _before_cue(self, text: str, c: int) -> tuple[int, int] | None:
        """The name ending at cue position `c`: (start, end) or None."""
        lex = self.lex
        if c > 0 and text[c - 1] in ADVERBS_BEFORE_CUE:
            span = self._before_cue(text, c - 1)  # 刘玉琼就激动地说
            if span is not None:
                return span
        if (
            c >= 4
            and text[c - 4 : c - 2] in TIBETAN_PARTS  # (the first test of `_tibetan_name`, inline)
            and _tibetan_name(text, c - 4)
            and (c == 4 or text[c - 5] in LEFT_BOUNDARY or self._title_ends_at(text, c - 4))
        ):
            return (c - 4, c)  # ”扎西平措说, 洛桑江村参加会见
        unanchored = False
        for length in (4, 3, 2):
            s = c - length
            if s < 0:
                continue
            sl = _surname_len(lex, text, s)
            if not sl:
                continue
            # a deputy's 代表 or 委员 vouches for a name the tagger reads whole that ends
            # like an organization (鹿心社|代表（广西壮族自治区党委书记…）). (What is plausible
            # without that is plausible with it: the tagger is asked only where it matters.)
            if not _plausible(lex, text[s:c], sl) and not (
                length == 3
                and text.startswith(("代表", "委员"), c)
                and text[c + 2 : c + 3] != "们"
                and tag(text[s:c]) == ((text[s:c], "nr"),)
                and _plausible(lex, text[s:c], sl, org_end_ok=True)
            ):
                continue
            titled = self._title_ends_at(text, s)
            if s == 0 or text[s - 1] in LEFT_BOUNDARY or titled:
                if _name_ok(lex, text[s:c], strong=titled) and not (
                    length in (2, 3) and not titled and _verb_and_particle(text[s:c])
                ):
                    return (s, c)
                continue
            unanchored = True
        if not unanchored:
            return None
        # No boundary before any reading: only the tagger's word ending at the cue counts.
        s = max(0, c - 8)
        pos = s
        for word, ptag in tag(text[s:c]):
            pos += len(word)
            if pos == c and ptag.startswith("nr") and 2 <= len(word) <= 4:
                sl = _surname_len(lex, word, 0)
                if sl and _plausible(lex, word, sl) and _name_ok(lex, word, False):
                    return (c - len(word), c)
        return None

    # -- titles ----------------------------------------------------------------------------

    def _left_titles(self, text: str, s: int) -> list[str]:
        """Title phrases written right before the name at `s`, in reading order."""
        out: list[str] = []
        end = s
        while end > 0:
            if not _title_ends(self.lex, text, end):
                break  # (no phrase ending here ends in a title: the scan back is not needed)
            k = end
            floor = max(0, end - 30)
            while k > floor and text[k - 1] not in PUNCT:
                k -= 1
            if 0 < k < end and text[k - 1] in "”》" and text[k:end] in QUOTED_HONOR_TITLES:
                # 第二十四届“中国青年五四奖章”获得者胡慧: the honor is part of the title
                opener = text.rfind("“" if text[k - 1] == "”" else "《", max(0, k - 30), k - 1)
                if opener != -1:
                    k = opener
                    while k > max(0, opener - 12) and text[k - 1] not in PUNCT:
                        k -= 1
            phrase = text[k:end]
            if not _title_ends(self.lex, phrase, len(phrase)):
                break
            for marker in ("的", "了", "是", "为"):
                cut = phrase.rfind(marker)
                if cut != -1:
                    phrase = phrase[cut + 1 :]
            phrase = self._after_other_person(phrase, end)
            dated = DATED_LEAD_RE.search(phrase) if "日" in phrase else None  # (its .* is tried at every start)
            if dated and dated.end() < len(phrase) - 2:
                phrase = phrase[dated.end() :]  # 魏凤和12日同|印度尼西亚国防部长
            # 欢迎|突尼斯共和国总统, 国务院总理李强30日在京会见|突尼斯总统: the title
            # starts after the last verb of meeting
            verb_end = (
                max(phrase.rfind(verb) + len(verb) if verb in phrase else 0 for verb in TITLE_LEAD_VERBS)
                if TITLE_LEAD_VERB_RE.search(phrase)
                else 0
            )
            if 0 < verb_end < len(phrase) - 2:
                phrase = phrase[verb_end:]
            else:
                verb_end = 0
            if (
                phrase
                and phrase[0] in TITLE_LEAD_STRIP
                and len(phrase) > 3
                # 经济学家, 对外联络部, 将军, 向阳街道: the character opens a noun of the title
                and not (word_tag(phrase[:2]) or "v").startswith(("n", "s"))
            ):
                phrase = phrase[1:]
            elif phrase.startswith("应") and not phrase.startswith(("应急", "应用")):
                phrase = phrase[1:]  # 应|国家主席习近平邀请: at the invitation of
            if not phrase or phrase.startswith(("记者", "通讯员")):
                break
            for word in ("犯罪嫌疑人", "嫌疑人", "被告人") if phrase.endswith(("嫌疑人", "被告人")) else ():
                if phrase.endswith(word):
                    phrase = word  # 警方抓获犯罪嫌疑人张三: the title is 犯罪嫌疑人
                    break
            out.append(phrase)
            if k > 0 and text[k - 1] == "、" and not verb_end:  # before 会见: another person's
                end = k - 1
                continue
            break
        out.reverse()
        return out

    def _after_other_person(self, phrase: str, end: int) -> str:
        """The title phrase after another titled person and 和 (同, 与, 就): 匈牙利总理欧尔班和|
        斯洛伐克总理, 国家主席习近平同|…总统. Not the 和 of 特立尼达和多巴哥, of 共和国, nor
        the 与 inside a name (技术与社会研究所): a short name stands between the other
        person's title and the joint."""
        if PERSON_JOINT_RE.search(phrase, 1, len(phrase) - 2) is None:
            return phrase  # (no joint where the loop below looks)
        for joint in range(len(phrase) - 3, 0, -1):
            if phrase[joint] not in "和同与就" or phrase[joint + 1] == "国":
                continue
            if self.blocked[end - len(phrase) + joint]:
                continue
            last = None
            for m in self.lex.title_re.finditer(phrase, 0, joint):
                if m.group() not in self.lex.role_set:  # not the 学生 of 大学生命科学
                    last = m
            if last is None:
                continue
            gap = joint - last.end()
            # 官员和|中国驻澳大利亚大使: another group of people
            if 2 <= gap <= 6 or (gap == 0 and phrase[joint] == "和"):
                return phrase[joint + 1 :]
        return phrase

    def _right_title(self, text: str, e: int) -> str | None:
        if not text.startswith(self.lex.after_titles, e):
            return None  # (one test in C before the loop that says which)
        for word in self.lex.after_titles:
            if text.startswith(word, e):
                return word
        return None

    # -- the pass over the article -------------------------------------------------------

    def _accept(self, text: str, s: int, e: int) -> None:
        # A name read again at the same place (by another anchor) changes nothing: the
        # checks and titles depend on the place only, and the first reading recorded them.
        if (s, e) in self.accepted_spans:
            return
        self.accepted_spans.add((s, e))
        if e - s in (2, 3) and text[s : s + 2] in TIBETAN_PARTS and _tibetan_name(text, s):
            e = s + 4  # 白玛|赤林: a Tibetan name of two parts, not the surname 白 and 玛
        if s > 2 and text[s - 1] in DOTS:
            first = self._first_part_start(text, s - 1, s)
            if first != s:
                # the last part stays a name of its own: later mentions use it alone
                # (穆罕默德·穆伊兹, then 穆伊兹在习近平陪同下…)
                self.titles.setdefault(text[s:e], [])
                s = first
        name = text[s:e]
        if self._rejected(text, s, e):
            return
        if text[e : e + 1] == "、" and name not in self.titles:
            self._list_after(text, e)
        titles = self.titles.setdefault(name, [])
        for t in self._left_titles(text, s):
            if t not in titles:
                titles.append(t)
        right = self._right_title(text, e)
        if right and right not in titles:
            titles.append(right)

    # -- lists of names, profiles and foreign names ------------------------------------------

    def _first_part_start(self, text: str, dot: int, s: int) -> int:
        """Where the name whose last part starts at `s`, after the dot at `dot`, starts: the
        first part runs back to a title (驻华大使|阿塔育·习萨目表示, where 习 opens the
        reading). `s` when no title ends within six characters before the dot."""
        for k in range(dot - 2, max(-1, dot - 7), -1):
            if not _is_han(text[k]):
                return s
            if _ends_with(text, k, self.lex.strong_titles_by_last):
                return k
        return s

    def _whole_name(self, seg: str, loose: bool = False) -> bool:
        """`seg`, written between two separators of a list, is one name: 曹建明, 艾力更·依明巴海.
        `loose` (an item between two names of a list): a name with no known surname or a
        longer given name counts too (白玛赤林)."""
        if not seg or len(seg) > 12:
            return False
        if any(d in seg for d in DOTS):
            return bool(re.fullmatch(f"[{HAN}]+(?:[{DOTS}][{HAN}]+)+", seg))
        if loose and 2 <= len(seg) <= 5 and HAN_RE.fullmatch(seg):
            return (
                STOP_CHARS.isdisjoint(seg)
                and seg[-1] not in ORG_END
                and "某" not in seg
                and not self.lex.title_re.search(seg)
                and _name_ok(self.lex, seg, True)
            )
        sl = _surname_len(self.lex, seg, 0)
        return bool(sl) and _plausible(self.lex, seg, sl) and _name_ok(self.lex, seg, True)

    def _add_listed(self, text: str, s: int, e: int) -> None:
        if not self._rejected(text, s, e):
            self.titles.setdefault(text[s:e], [])

    def _list_after(self, text: str, e: int) -> None:
        """王晨、曹建明、张春贤、…、武维华出席: the names listed after an accepted one."""
        lex = self.lex
        pos = e
        while text[pos : pos + 1] == "、":
            t = pos + 1
            j = t
            while j < len(text) and j - t <= 12 and (_is_han(text[j]) or text[j] in DOTS):
                j += 1
            if text[j : j + 1] == "、" and self._whole_name(text[t:j], loose=True):
                self._add_listed(text, t, j)  # an item between two separators
                pos = j
                continue
            sl = _surname_len(lex, text, t)
            if not sl:
                return
            for length in (sl + 2, sl + 1):  # the last item: its end is what follows
                cand = text[t : t + length]
                nxt = text[t + length : t + length + 1]
                if (
                    len(cand) == length
                    and (
                        not nxt
                        or nxt in PUNCT
                        or nxt in STOP_CHARS
                        or text.startswith(LIST_END_WORDS, t + length)
                        or _starts_cue(lex, text, t + length)
                        # 汤洪波、唐胜杰、江新林|特意穿上: an adverb after the last item,
                        # or a verb after a three-character one (蒋作君、何报翔|围绕)
                        or word_tag(text[t + length : t + length + 2]) == "d"
                        or (
                            length == sl + 2
                            and word_tag(text[t + length : t + length + 2]) == "v"
                            and (word_tag(text[t + length - 1 : t + length + 1]) or "")[:1] != "v"
                        )  # (not 邵鸿|参加座谈会)
                    )
                    and self._whole_name(cand)
                ):
                    self._add_listed(text, t, t + length)
                    break
            return

    def _list_before(self, text: str, k: int, need: int) -> None:
        """陈刚、郭素萍、吴相君等代表; 犯罪嫌疑人张三、李四、王五等6人: the names before 等."""
        spans: list[tuple[int, int]] = []
        pos = k
        while True:
            q = text.rfind("、", max(0, pos - 13), pos)
            if q != -1 and self._whole_name(text[q + 1 : pos]):
                spans.append((q + 1, pos))
                pos = q
                continue
            first = self._before_cue(text, pos)
            if first is not None and self._whole_name(text[first[0] : first[1]]):
                spans.append(first)
            elif q != -1 or not spans:
                return  # the list does not start at a boundary: no list of names
            break
        if len(spans) < need:
            return
        for s, e in spans:
            self._add_listed(text, s, e)
        s, e = spans[-1]
        titles = self.titles.setdefault(text[s:e], [])
        for t in self._left_titles(text, s):
            if t not in titles:
                titles.append(t)

    def _strict_name(self, seg: str) -> bool:
        """A name by surname and shape that the dictionary does not know as another word."""
        sl = _surname_len(self.lex, seg, 0)
        return bool(sl) and _plausible(self.lex, seg, sl) and _name_ok(self.lex, seg, False)

    def _listed_name(self, seg: str) -> bool:
        """An item of a list of names: a strict name, or three characters that jieba
        reads as one person's name although the given name is unusual (白所成, 徐老发)."""
        if self._strict_name(seg):
            return True
        return (
            len(seg) == 3
            and seg[-1] not in "等们"  # 邵鸿等: the name, then 等
            and bool(_surname_len(self.lex, seg, 0))
            and tag(seg) == ((seg, "nr"),)
        )

    def _bare_lists(self, text: str) -> None:
        """岑子杰、刘颕匡、陈浩天、区诺轩: three names or more in a row, each a plausible name
        the dictionary does not know as a word; the first starts at a boundary, the last
        ends where a name may end."""
        done = 0
        for a in BARE_LIST_ANCHOR_RE.finditer(text):
            if a.start() < done:
                continue
            anchor = lo = a.start()
            while lo > 0 and anchor - lo < 4 and "\u4e00" <= text[lo - 1] <= "\u9fff":
                lo -= 1
            m = BARE_LIST_RE.match(text, lo)
            if m is None:
                continue
            done = m.end()
            items = m.group().split("、")
            first = items[0]
            # The items between the first and the last are read first: most runs fail
            # there, and reading the first item asks the tagger.
            pos = m.start() + len(first) + 1
            middle: list[tuple[int, int]] = []
            ok = True
            unusual = 0
            for item in items[1:-1]:
                if not self._listed_name(item):
                    # 刘俊臣、信春鹰、娄勤俭: one item whose surname is rare, read by the
                    # tagger as a name, among names
                    unusual += 1
                    if unusual > 1 or len(items) < 5 or tag(item) != ((item, "nr"),):
                        ok = False
                        break
                middle.append((pos, pos + len(item)))
                pos += len(item) + 1
            if not ok:
                continue
            start = m.start()
            spans: list[tuple[int, int]] = []
            s0 = None
            for k in range(len(first) - 2, -1, -1):  # longest reading with a boundary first
                if len(first) - k in (2, 3) and self._listed_name(first[k:]):
                    before = text[start + k - 1] if start + k > 0 else "\n"
                    if before in LEFT_BOUNDARY or (
                        (before in RECURRING_LEFT or before in "有由")
                        and before not in self.lex.single
                    ):  # 还有岑子杰; not 向巴平措, where 向 is the surname
                        s0 = start + k
                    elif (
                        k == len(first) - 3
                        and before not in self.lex.single
                        and not _title_ends(self.lex, text, start + k + 1)
                        and (word_tag(first[k:]) or "nr").startswith("nr")
                    ):
                        # 肃清|郭伯雄、徐才厚: three characters after a verb (not 主|席王晨,
                        # where 主席 is a title, nor 举行|景泰蓝, a word)
                        s0 = start + k
                    elif k and tag(first) == ((first[:k], "v"), (first[k:], "nr")):
                        s0 = start + k  # 决定|刘奇、刘俊臣…: a verb, then a name the tagger reads
            if s0 is not None:
                spans.append((s0, start + len(first)))
            spans += middle
            last = items[-1]
            end = None
            for length in (3, 2):
                if length == 3 and last[2:3] in END_STOP:
                    continue  # 董静|作了发言
                if length <= len(last) and self._listed_name(last[:length]):
                    e = pos + length
                    nxt = text[e : e + 1]
                    if (
                        not nxt
                        or nxt in PUNCT
                        or nxt in STOP_CHARS
                        or text.startswith(LIST_END_WORDS, e)
                        or _starts_cue(self.lex, text, e)
                        or COUNT_OF_PEOPLE_RE.match(text, e)  # 徐老发6名头目
                        or (nxt == "为" and tag(last[:length]) == ((last[:length], "nr"),))
                    ):
                        end = e  # (…、刘建波|为大会副秘书长)
                        break
            if end is not None and text[m.end() : m.end() + 1] not in DOTS:
                spans.append((pos, end))
                if text[end : end + 1] in "和及与":  # 李冰洁和杨佩琪组成: one more name
                    for length in (3, 2):
                        e = end + 1 + length
                        cand = text[end + 1 : e]
                        nxt = text[e : e + 1]
                        if self._listed_name(cand) and (
                            not nxt
                            or nxt in PUNCT
                            or nxt in STOP_CHARS
                            or text.startswith(LIST_END_WORDS, e)
                            or _starts_cue(self.lex, text, e)
                            or word_tag(text[e : e + 2]) in ("v", "vn")
                        ):
                            spans.append((end + 1, e))
                            break
            if (
                spans
                and text[spans[0][0] - 1 : spans[0][0]] in "（("
                and text[spans[-1][1] : spans[-1][1] + 1] in "）)"
            ):
                continue  # （刘新、曹先训、何宗卯）: the byline
            if len(spans) < 3 or len({text[s] for s, _ in spans}) == 1:
                continue  # 林油、林药、林蜂: one first character for all, products
            # most items read as one nr word on their own (黄花干、黄花酱 … do not)
            named = 0
            for s, e in spans:
                pairs = tag(text[s:e])
                named += len(pairs) == 1 and pairs[0][1].startswith("nr")
            if 2 * named >= len(spans):
                for s, e in spans:
                    self._add_listed(text, s, e)

    def _contacts(self, text: str, phone: bool) -> None:
        """联系人：吴国政, 联系人：张三、李四, 电子信息司：喻一鸣 010-68208283: the contact
        people of a notice. `phone`: the text holds a seven-digit run (the phone pattern
        tries a name after every digit, so it runs only then)."""
        if phone:
            for m in CONTACT_PHONE_RE.finditer(text):
                if self._strict_name("".join(m.group(1).split())):  # 刘　迎: spaced out
                    self._accept(text, m.start(1), m.end(1))
        if "系人" not in self.triggers:
            return
        for m in CONTACT_RE.finditer(text):
            for n in re.finditer(f"[{HAN}]+", m.group(1)):
                if self._strict_name(n.group()):
                    self._accept(text, m.start(1) + n.start(), m.start(1) + n.end())

    def _signatures(self, text: str) -> None:
        """全国人大代表、北京市信利律师事务所首席合伙人 阎建国: a line of titles, then a space
        and the name that ends it."""
        for m in self._signature_matches(text):
            name = m.group(2)
            unspaced = "".join(name.split())
            if _title_ends(self.lex, m.group(1), len(m.group(1))) and (
                self._whole_name(name) if any(d in name for d in DOTS) else self._listed_name(unspaced)
            ):
                self._accept(text, m.start(2), m.end(2))
                titles = self.titles.get(name)
                if titles is not None:  # the titles stand before the space
                    titles.extend(t for t in self._left_titles(text, m.end(1)) if t not in titles)

    @staticmethod
    def _signature_matches(text: str) -> list[re.Match[str]]:
        """`SIGNATURE_RE.finditer(text)`, run only on the lines where a space stands among
        their last characters (a match is one line, and ends in a space and a name): the
        pattern tries forty lengths of titles at the start of every line."""
        out: list[re.Match[str]] = []
        start = 0
        for line in text.split("\n"):
            tail = line[-SIGNATURE_NAME_MAX - 1 :]
            if " " in tail or "\u3000" in tail:
                out.extend(SIGNATURE_RE.finditer(text, start, start + len(line)))
            start += len(line) + 1
        return out

    def _profiles(self, text: str) -> None:
        """谭东，男，1963年出生; 陈锡华，1975年9月出生: a name that opens a profile."""
        for m in PROFILE_RE.finditer(text):
            if self._whole_name(m.group(1)) and not m.group(1).endswith("族"):  # 金海，蒙古族，1955年出生
                self._accept(text, m.start(1), m.end(1))

    def _authors(self, text: str) -> None:
        """童恩正《珊瑚岛上的死光》, 钱莉芳的《天意》: a name right before the title of a work,
        after a boundary. Read from each 《 (a regex tried at every position cost more)."""
        pos = text.find("《")
        while pos != -1:
            e = pos - 1 if text[pos - 1 : pos] == "的" else pos
            for length in (2, 3, 4):
                st = e - length
                if st < 0 or not all(_is_han(ch) for ch in text[st:e]):
                    break
                if st == 0 or text[st - 1] in AUTHOR_LEFT:
                    self._author_at(text, st, e)
                    break
            pos = text.find("《", pos + 1)

    def _author_at(self, text: str, s: int, e: int) -> None:
        cand = text[s:e]
        for k in (0, 1):  # 、老舍|《猫城记》 has no known surname: the reading from s+k
            c = cand[k:]
            if (
                len(c) >= 2
                and self._strict_name(c)
                and (k == 0 or text[s] in LEFT_BOUNDARY)
                # not 应按照《…》 nor 东方卫视《…》: no verb, function word or place in it
                # (a lone last character the tagger calls a place ends a name: 金宇|澄)
                and not any(
                    t[:1] in "pvcdumqr" or (t in ("ns", "nt") and (i == 0 or len(w) > 1))
                    for i, (w, t) in enumerate(tag(c))
                )
                and c[-1] not in ORG_END
                and c[-1] not in "视报刊网"
            ):
                self._accept(text, s + k, e)
                return

    def _interview(self, text: str) -> None:
        """The roster and the turns of an interview: 对话人：刘慈欣（科幻作家）, a paragraph
        opened by 吴岩： twice or more."""
        pos = text.find("（")
        while pos != -1:
            close = text.find("）", pos + 1, pos + 32)
            for length in (2, 3, 4):
                st = pos - length
                if st < 0 or not _is_han(text[st]):
                    break
                if (st == 0 or text[st - 1] in "\n：") and close != -1:
                    note = text[pos + 1 : close]
                    name = text[st:pos]
                    if _title_ends(self.lex, note, len(note)) and self._strict_name(name):
                        self._accept(text, st, pos)
                    break
            pos = text.find("（", pos + 1)
        turns: Counter[str] = Counter()
        for line in text.split("\n"):
            colon = line.find("：", 2, 5)
            if colon != -1 and all(_is_han(ch) for ch in line[:colon]):
                turns[line[:colon]] += 1
        for name, seen in turns.items():
            if seen >= 2 and self._strict_name(name):
                i = text.find("\n" + name + "：")
                start = i + 1 if i != -1 else text.find(name + "：")
                self._accept(text, start, start + len(name))

    def _foreign_before_title(self, text: str) -> None:
        """佐科总统, 同安瓦尔总理, 在谭德塞总干事领导下: a transliterated name right before
        the title of a head of state, a government or an international body, after a
        boundary or a conjunction."""
        for m in LEADER_TITLE_AFTER_NAME_RE.finditer(text):
            e = m.start()
            # the longest run of 2 to 5 Han characters before the title after a boundary
            lo = next(
                (
                    p
                    for p in range(max(0, e - 5), e - 1)
                    if (p == 0 or text[p - 1] in NAME_BOUNDARY_BEFORE)
                    and all("\u4e00" <= ch <= "\u9fff" for ch in text[p:e])
                ),
                None,
            )
            if lo is None:
                continue
            # the transliteration run that ends at the title (我同|安瓦尔总理)
            s = e
            while s > lo and text[s - 1] in TRANSLIT_FOREIGN:
                s -= 1
            cand = text[s:e]
            if len(cand) >= 2 and _name_ok(self.lex, cand, strong=False):
                self._accept(text, s, e)

    @staticmethod
    def _country_opens_title(text: str, country_end: int, title_start: int) -> bool:
        """The country ends within 14 characters before the title, or opens the same
        title phrase further back (津巴布韦非洲民族联盟—爱国阵线主席兼第一书记、总统…)."""
        gap = title_start - country_end
        if not 0 <= gap <= 60:
            return False
        if gap <= 14:
            return True
        # further back only in the same sentence, and past commas only in a list of the
        # country's officials that its title opens (塞尔维亚总统武契奇夫妇，…前总统尼科利奇夫妇，
        # 议长布尔纳比奇，总理武切维奇)
        between = text[country_end:title_start]
        if any(ch in "。；：！？\n" for ch in between):
            return False
        return (gap <= 40 and "，" not in between) or FOREIGN_TITLE_RE.match(text, country_end) is not None

    def _nearest_country_names_in_han(self, lo: int) -> bool:
        """The last country named within 14 characters before `lo` is one whose people's
        names are written in Han characters (日本, 韩国 …)."""
        before = self._foreign_ends_within(lo, 14)
        return bool(before) and max(before) in self.han_name_ends

    def _foreign_ends_within(self, lo: int, distance: int) -> list[int]:
        """The ends of foreign countries from `lo - distance` to `lo` (found by bisection:
        `foreign_ends` is sorted)."""
        ends = self.foreign_ends
        return ends[bisect_left(ends, lo - distance) : bisect_right(ends, lo)]

    def _doubles_pairs(self, text: str) -> None:
        """The two players of a doubles pair, joined by a slash next to 组合 (男双组合袁奥/
        周博维, 郑思维/张殊贤组合以2∶0取胜): each a known surname and one or two characters."""
        lex = self.lex
        for m in DOUBLES_PAIR_RE.finditer(text):
            left_end, right_start = m.start(), m.end()
            after = text.startswith("组合", right_start + 2) or text.startswith("组合", right_start + 3)
            if not (text.endswith("组合", 0, left_end - 2) or text.endswith("组合", 0, left_end - 3) or after):
                continue
            spans = []
            for side in ("left", "right"):
                found = None
                for length in (3, 2):
                    s, e = (left_end - length, left_end) if side == "left" else (right_start, right_start + length)
                    cand = text[s:e]
                    sl = _surname_len(lex, cand, 0) if len(cand) == length else 0
                    if not sl or not _plausible(lex, cand, sl) or not _name_ok(lex, cand, False):
                        continue
                    # the pair's edge: 组合, punctuation, or a word that starts right after it
                    # (李茵晖|尽管, 何济霆|战胜)
                    edge = (
                        text.endswith("组合", 0, s) or s == 0 or text[s - 1] in PUNCT
                        if side == "left"
                        else text.startswith("组合", e)
                        or e == len(text)
                        or text[e] in PUNCT
                        or word_tag(text[e : e + 2]) is not None
                    )
                    if edge:
                        found = (s, e)
                        break
                if found is None:
                    break
                spans.append(found)
            if len(spans) == 2:
                for s, e in spans:
                    self._accept(text, s, e)

    def _foreign(self, text: str) -> None:
        """俄罗斯总统普京通电话: a transliterated name after the title of a foreign official
        whose country the title names; in an article about a foreign country, also after
        a role word (乘客特斯法伊)."""
        # (start, end, after a role word) of the titles, then of the role words
        anchors = [(lo, t, False) for _, lo, t in FOREIGN_TITLE_AUTOMATON.find_matches_as_indexes(text)]
        if self.abroad:
            anchors += [(lo, t, True) for _, lo, t in FOREIGN_ROLE_AUTOMATON.find_matches_as_indexes(text)]
        for lo, t, is_role in anchors:
            if not is_role:
                # (only a country that ends at most 60 characters before can open the title)
                country_ends = self._foreign_ends_within(lo, 60)
                if not country_ends or not any(self._country_opens_title(text, pe, lo) for pe in country_ends):
                    continue
            j = t
            while j < len(text) and j - t < 7 and "\u4e00" <= text[j] <= "\u9fff":
                if j - t >= 2 and text.startswith(FOREIGN_NAME_ENDS, j):
                    break
                j += 1
            cand = text[t:j]
            if j < len(text) and text[j] in DOTS + "-－‐":
                continue  # 沙夫卡特·米尔济约耶夫, 冈萨雷斯-奥莱切亚: the whole name is longer
            if (
                not is_role
                and self._nearest_country_names_in_han(lo)
                and 2 <= len(cand) <= 4
                and (j == len(text) or not _is_han(text[j]) or text.startswith(FOREIGN_NAME_ENDS, j))
                # 由 is common in Japanese given names (江原规由, 由纪夫)
                and not (STOP_CHARS - {"由"}).intersection(cand)
                and not self.lex.title_re.search(cand)
                and _name_ok(self.lex, cand, strong=False)
                # the title runs on into a word (专家|组建议, 大使|馆举办) or a second post
                # (副首相|兼外交与国际合作部大臣)
                and word_tag(text[lo : t + 1]) is None
                and cand[0] != "兼"
            ):
                self._accept(text, t, j)  # 日本首相岸田文雄, 韩国总统尹锡悦: names in Han characters
                continue
            if (
                2 <= len(cand) <= 6
                and (
                    j == len(text) or not _is_han(text[j]) or text.startswith(FOREIGN_NAME_ENDS, j)
                )
                and sum(ch in TRANSLIT_FOREIGN for ch in cand) >= 0.7 * len(cand)
                # after a role word no title vouches for a name: not a word jieba knows
                # (居民消费, 员工安全) nor one running into a verb (福奇文章称)
                and (not is_role or (_name_ok(self.lex, cand, strong=False) and len(cand) >= 3))
                and not STOP_CHARS.intersection(cand)
                and not self.lex.title_re.search(cand)
            ):
                self._accept(text, t, j)

    def run(self) -> list[dict[str, Any]]:
        lex = self.lex
        text = self.text
        if "等" in text:
            for m in LIST_TAIL_RE.finditer(text):
                tail = m.group()
                # 刘庆峰等15位代表 (the addressees of a reply): one name is enough before a role
                self._list_before(text, m.start(), 1 if tail.endswith(("代表", "委员", "同志")) else 2)
        triggers = self.triggers
        if not PROFILE_WORDS.isdisjoint(triggers):
            self._profiles(text)
        phone = PHONE_DIGITS_RE.search(text) is not None
        if "：" in text or ":" in text or phone:
            self._contacts(text, phone)
        if " " in text or "\u3000" in text:
            self._signatures(text)
        if "《" in text:
            self._authors(text)
        if "（" in text or "：" in text:
            self._interview(text)
        if "、" in text:
            self._bare_lists(text)
        if "组合" in triggers and ("/" in text or "／" in text):
            self._doubles_pairs(text)
        if self.foreign_ends:
            self._foreign(text)
            self._foreign_before_title(text)
        if self.abroad:
            self._foreign_speakers(text)
        for m in lex.after_title_re.finditer(text):
            t = m.start()
            if self._title_ends_at(text, t):
                length = self._after_title(text, t)
                if length and self._title_inside_place(text, t, length):
                    continue  # 湖北省|长江|产业投资集团: 省长 is no title where 长江 is a name
                if length and (
                    _ends_with(text, t, lex.strong_titles_by_last)
                    or self._trade_before(text, t)
                    or self._after_role(text, t, length)
                    or self._role_name_recurs(text, t, length)
                ):
                    self._accept(text, t, _transliteration_end(text, t, t + length))
        for m in AGE_CUE_RE.finditer(text):
            if text[m.start() - 1 : m.start()] not in AGE_DIGITS:
                continue  # (at the start of the text the slice is empty: no age)
            length = self._after_title(text, m.end())
            if length:
                self._accept(text, m.end(), m.end() + length)
        for cue_re in (PRONOUN_CUE_RE, COMPANIONS_CUE_RE):
            for m in cue_re.finditer(text):
                span = self._before_pronoun(text, m.start())
                if span is not None:
                    self._accept(text, *span)
        for m in lex.cue_re.finditer(text):
            span = self._before_cue(text, m.start("cue"))
            if span is not None:
                self._accept(text, *span)
        for m in WORK_CUE_RE.finditer(text):
            span = self._before_cue(text, m.start())
            if span is not None:
                self._accept(text, *span)
        for m in MANNER_CUE_RE.finditer(text):
            c = m.start() - 2  # before the manner word (自豪|地说)
            if c > 0 and _is_han(text[c]) and _is_han(text[c + 1]):
                span = self._before_cue(text, c)
                if span is None and c > 2 and (word_tag(text[c - 2 : m.start()]) or "")[:1] in ("i", "l"):
                    span = self._before_cue(text, c - 2)  # 刘伟|深有感触地说: an idiom of four
                if span is not None:
                    self._accept(text, *span)
        # (in reading order: the titles of a name are kept in the order they are found)
        role_speech = [m for role_re in lex.role_speech_res for m in role_re.finditer(text)]
        role_speech.sort(key=re.Match.start)
        for m in role_speech:
            span = self._opening_name(text, m.start())
            if span is None and not self._before_cue(text, m.start()):
                span = self._sandwich_before(text, m.start())
            if span is not None:
                self._accept(text, *span)
        for m in lex.titled_speaker_re.finditer(text):
            span = self._titled_speaker(text, m.start("name"), m.end("name"))
            if span is not None:
                self._accept(text, *span)
        if not DOT_SET.isdisjoint(triggers):
            for span in _dotted_names(text):
                self._accept(text, *span)
        if "同" in text:
            self._met_by_leader(text)
        if not APPOINTMENT_WORDS.isdisjoint(triggers):
            self._appointed(text)
        for m in lex.known_re.finditer(text):
            if text.startswith(NAMED_AFTER_PERSON, m.end()) or (
                text[m.start() - 1 : m.start()] == "《" and text[m.end() : m.end() + 1] == "》"
            ):
                continue  # 鲁迅故居, 钱学森学院, 话剧《杜甫》: a place, a body or a work named after them
            self._accept(text, m.start(), m.end())
        if not DEPARTMENT_HEAD_WORDS.isdisjoint(triggers):
            self._department_heads(text)
        if self.titles and ("和" in text or "与" in text):
            self._partners(text)
        self._recurring()
        return self._mentions()

    def _department_heads(self, text: str) -> None:
        """电子信息司乔跃山副司长出席: the head named between the department and the post,
        which becomes the title."""
        lex = self.lex
        for m in DEPARTMENT_HEAD_RE.finditer(text):
            cand = m.group(1)
            sl = _surname_len(lex, cand, 0)
            if sl and _plausible(lex, cand, sl) and _name_ok(lex, cand, False):
                self._accept(text, m.start(1), m.end(1))
                post = DEPARTMENT_POST_RE.match(text, m.end(1))
                titles = self.titles.get(cand)
                if post is not None and titles is not None and post.group() not in titles:
                    titles.append(post.group())

    def _partners(self, text: str) -> None:
        """The one named after a found name and 和 or 与 (代表范先群和黄立正在讨论, 选手杨婧茹
        和李金恣分别以…): a known surname and one or two characters up to a boundary."""
        lex = self.lex
        names = list(self.titles)
        # Read from the joints (和 or 与 before a surname), not from every mention of every
        # name: (index of the name, end of its mention) for each name ending at a joint, in
        # the order a scan of each name's mentions in turn meets them.
        joints = [
            j
            for joint in ("和", "与")
            for j in _positions(text, joint)
            if _surname_len(lex, text, j + 1)
        ]
        if not joints:
            return
        index = {name: i for i, name in enumerate(names)}
        lengths = sorted({len(name) for name in names})
        found: list[tuple[int, int]] = []
        for j in joints:
            for length in lengths:
                i = index.get(text[j - length : j]) if j >= length else None
                if i is not None and self._mention_ends_at(text, names[i], j):
                    found.append((i, j))
        found.sort()
        for _, end in found:
            span = self._partner_at(text, end + 1)
            if span is not None:
                self._accept(text, *span)

    @staticmethod
    def _mention_ends_at(text: str, name: str, end: int) -> bool:
        """A scan of `name`'s mentions one after the other (each search going on from the
        end of the last) meets one that ends at `end`: any mention does, unless the name
        begins the way it ends (then two mentions may overlap, and the scan skips one)."""
        if all(name[:k] != name[-k:] for k in range(1, len(name))):
            return True
        start = text.find(name)
        while start != -1 and start + len(name) <= end:
            if start + len(name) == end:
                return True
            start = text.find(name, start + len(name))
        return False

    def _partner_at(self, text: str, k: int) -> tuple[int, int] | None:
        """The name that starts at `k`, after 和: the longer reading that ends at a boundary
        or that the tagger reads as its first word."""
        lex = self.lex
        sl = _surname_len(lex, text, k)
        first = tag(text[k : k + sl + 4])[0][0]  # the tagger's first word
        for length in (sl + 2, sl + 1):
            e = k + length
            cand = text[k:e]
            if len(cand) < length or not _plausible(lex, cand, sl) or not _name_ok(lex, cand, False):
                continue
            if length == sl + 2 and (word_tag(text[e - 1 : e + 1]) or "")[:1] in ("v", "p", "s", "t", "d"):
                continue  # 黄立|正在: the last character opens the next word
            if text.startswith("中央", e):
                return None  # 陈曦和古共|中央国际关系部: a party's short name, its central body
            if (
                first == cand
                or e == len(text)
                or text[e] in PUNCT
                or text[e] in STOP_CHARS
                or text.startswith(PARTNER_FOLLOW_WORDS, e)
                or _starts_cue(lex, text, e)
            ):
                return (k, e)
        return None

    def _foreign_speakers(self, text: str) -> None:
        """”萨拉赫表示, 萨米尔说: in an article about a foreign country, a bare transliterated
        name that speaks right after a boundary."""
        for m in FOREIGN_SPEAKER_RE.finditer(text):
            cand = m.group(1)
            if any(d + cand in text for d in DOTS):
                continue  # 纳巴罗 of 大卫·纳巴罗: the dotted reading takes the whole name
            if _name_ok(self.lex, cand, strong=False):
                self._accept(text, m.start(1), m.end(1))

    def _met_by_leader(self, text: str) -> None:
        """李强同阿尔巴尼斯举行会晤, 赵乐际同崔龙海会谈: the one a known leader meets or talks
        with, named bare between 同 and the verb: a transliterated name, or a name with a
        known surname."""
        lex = self.lex
        for m in MET_BY_LEADER_RE.finditer(text):
            s, e = m.span("name")
            if not text.endswith(lex.known, 0, s - 1):
                continue
            cand = m.group("name")
            sl = _surname_len(lex, cand, 0)
            if all(ch in TRANSLIT_FOREIGN for ch in cand) or (
                sl and len(cand) == sl + 2 and _plausible(lex, cand, sl) and _name_ok(lex, cand, True)
            ):
                self._accept(text, s, e)

    def _appointed(self, text: str) -> None:
        """任命雷海潮为…, 免去马晓伟的…职务, 选举李斌为…, 接受冯忠华辞去…: the one a
        decision appoints, removes, elects or lets resign, a transliterated name or a name
        with a known surname."""
        lex = self.lex
        for m in APPOINTED_RE.finditer(text):
            s, e = m.span("name")
            cand = m.group("name")
            sl = _surname_len(lex, cand, 0)
            if all(ch in TRANSLIT_FOREIGN for ch in cand) or (
                sl and sl + 1 <= len(cand) <= sl + 2 and _plausible(lex, cand, sl) and _name_ok(lex, cand, True)
            ):
                self._accept(text, s, e)
                if cand not in self.titles:
                    continue  # (rejected: a place or a byline name)
                # the post, written after the name (为国家卫生健康委员会主任, 的…主任职务,
                # 辞去…委员职务): titles that end in a title word, split at 、
                post = APPOINTED_POST_RE.match(text, e)
                if post is None:
                    continue
                for title in post.group("post").split("、"):
                    if _title_ends(lex, title, len(title)) and title not in self.titles[cand]:
                        self.titles[cand].append(title)

    def _recurring(self) -> None:
        """A three-character name that no cue marks (锦绣社区的刘玉琼, 带着刘玉琼的儿子) is
        still a name when the article writes it twice or more after a boundary, the
        dictionary does not know it, and rjieba reads it as one nr word in context; once
        is enough right after 的 and before a verb or an adverb (北京队的丛振龙|夺得)."""
        text = self.text
        lex = self.lex
        # findall + Counter count in C; Python sees each distinct trigram once
        counts = Counter(lex.recurring_re.findall("\n" + text))
        for cand, seen in counts.items():
            # cheapest tests first: this loop sees every boundary trigram of the article
            if cand[-1] in RECURRING_NOT_END or cand[2] == cand[0] or cand[-1] in END_STOP:
                continue  # 刘胜墓, 郑洁杯, 楼栋长: things named after people; 边清边发: a phrase
            if cand[-1] in ORG_END or (not STOP_CHARS.isdisjoint(cand[1:]) and cand[1] not in GIVEN_FIRST_STOP_CHARS):
                continue  # (no name for `_plausible` below: tested here before the scans of the text)
            if cand in lex.common or cand in self.titles:
                continue
            # most boundary trigrams occur once and not after 的: two finds (in C) reject
            # them before the Python-level shape test (a trigram whose ends differ cannot
            # overlap itself, so a second find is a second occurrence)
            i = text.find(cand)
            once = seen < 2 and text.find(cand, i + 1) == -1
            if once and text[i - 1 : i] != "的":
                continue
            if not _plausible(lex, cand, 1) or word_tag(cand) is not None:
                continue
            # (the tag in context first: it rejects nearly every candidate, and both ask
            # the tagger)
            ptag = self._tag_at(text, i, cand)
            if ptag is None or (once and not ptag.startswith("nr")):
                continue
            if once and not self._verb_after(text, i + 3):
                continue
            # rjieba tags a name it does not know nr, or n when its HMM joined it (王坤友是):
            # n counts for a name the article writes three times or more, never quoted
            if ptag.startswith("nr") or (
                ptag in ("n", "nz")
                and text.count(cand) >= 3
                and f"‘{cand}" not in text
                and f"“{cand}" not in text
            ):
                self._accept(text, i, i + 3)

    @staticmethod
    def _verb_after(text: str, e: int) -> bool:
        """A verb or an adverb opens what follows `e` (的王玉娥|仔细聆听, 的李德平|已投入)."""
        pairs = tag(text[e : e + 4])
        return bool(pairs) and pairs[0][1][:1] in ("v", "d") and _is_han(pairs[0][0][:1])

    @staticmethod
    def _tag_at(text: str, i: int, cand: str) -> str | None:
        """rjieba's tag of `cand` at `i` when it reads it there as one word, else None."""
        lo = max(0, i - 4)
        pos = lo
        for word, ptag in tag(text[lo : i + 6]):
            if pos == i:
                return ptag if word == cand else None
            pos += len(word)
            if pos > i:
                break
        return None

    def _mentions(self) -> list[dict[str, Any]]:
        """Every mention of every accepted name, longest names first so that 李明华 is not
        also read as 李明."""
        text = self.text
        names = sorted(self.titles, key=len, reverse=True)
        taken = bytearray(len(text))
        out: list[dict[str, Any]] = []
        starts = self.starts
        rejected = self._rejected
        for name in names:
            start = text.find(name)
            if start == -1:
                continue
            length = len(name)
            covered = b"\x01" * length
            titles = self.titles[name]
            while start != -1:
                end = start + length
                if taken.find(1, start, end) == -1 and not rejected(text, start, end):
                    taken[start:end] = covered
                    p = bisect_right(starts, start) - 1
                    base = starts[p]
                    out.append(
                        {
                            "name": name,
                            "titles": list(titles),
                            "paragraph": p,
                            "start": start - base,
                            "end": end - base,
                        }
                    )
                start = text.find(name, end)
        out.sort(key=itemgetter("paragraph", "start"))
        return out


def find_people(ctx: ArticleContext) -> list[dict[str, Any]]:
    """Person mentions of one article, in reading order: {"name", "titles", "paragraph",
    "start", "end"} with ``paragraphs[paragraph][start:end] == name``. Every mention of a
    person carries all titles the article gives that person."""
    if not ctx.paragraphs:
        return []
    return _Finder(ctx).run()
