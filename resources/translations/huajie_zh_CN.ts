<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accounts</name>
    <message>
        <source>Mediator</source>
        <translation>协调化解员</translation>
    </message>
    <message>
        <source>Center head</source>
        <translation>中心负责人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>至少应有 %1 个字符</translation>
    </message>
    <message>
        <source>The password library cannot be started</source>
        <translation>无法启动密码库</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password</source>
        <translation>内存不足，无法计算密码哈希值</translation>
    </message>
    <message>
        <source>The first user must be an administrator, to keep the others</source>
        <translation>第一个用户必须是系统管理员，以便管理其他用户</translation>
    </message>
    <message>
        <source>must be 2 to 32 letters, digits, dots, dashes or underscores</source>
        <translation>应为 2 至 32 个字母、数字、点、连字符或下划线</translation>
    </message>
    <message>
        <source>%1 is taken</source>
        <translation>%1 已被使用</translation>
    </message>
    <message>
        <source>You cannot switch off your own account</source>
        <translation>不能停用自己的账户</translation>
    </message>
    <message>
        <source>The login or the password is wrong</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>Only the center head approves an extension</source>
        <translation>只有中心负责人可以审批延长化解期限</translation>
    </message>
    <message>
        <source>Only an administrator changes the holiday calendar</source>
        <translation>只有系统管理员可以修改节假日日历</translation>
    </message>
    <message>
        <source>Only an administrator changes the rule profile</source>
        <translation>只有系统管理员可以更改规则配置</translation>
    </message>
    <message>
        <source>Only an administrator keeps the users</source>
        <translation>只有系统管理员可以管理用户</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>There is no user %1</source>
        <translation>没有用户 %1</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this login is locked until %1. Try again then, or ask an administrator to unlock it.</source>
        <translation>密码错误次数过多，该用户名已锁定至 %1。请届时再试，或请系统管理员解除锁定。</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup</source>
        <translation>只有管理员可以恢复备份</translation>
    </message>
    <message>
        <source>must not be only spaces</source>
        <translation>不能只由空格组成</translation>
    </message>
    <message>
        <source>is one of the commonest passwords, which are tried first</source>
        <translation>属于最常用的密码，最先被人尝试</translation>
    </message>
    <message>
        <source>must not contain the login or the name</source>
        <translation>不得包含用户名或姓名</translation>
    </message>
    <message>
        <source>Cannot open %1, which counts wrong passwords: %2</source>
        <translation>无法打开记录密码错误次数的文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot lock %1, which counts wrong passwords</source>
        <translation>无法锁定记录密码错误次数的文件 %1</translation>
    </message>
    <message>
        <source>Cannot write %1, which counts wrong passwords: %2</source>
        <translation>无法写入记录密码错误次数的文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation>委派案号</translation>
    </message>
    <message>
        <source>Lawsuit or reconsideration number</source>
        <translation>诉讼或复议案号</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation>委派单位</translation>
    </message>
    <message>
        <source>Following judge</source>
        <translation>跟案法官</translation>
    </message>
    <message>
        <source>Procurator</source>
        <translation>检察官</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主办人</translation>
    </message>
    <message>
        <source>Respondent agency</source>
        <translation>涉争议行政机关</translation>
    </message>
    <message>
        <source>Session room</source>
        <translation>会议功能室</translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation>争议行政行为</translation>
    </message>
    <message>
        <source>Act kind</source>
        <translation>行为类别</translation>
    </message>
    <message>
        <source>Enforcement domain</source>
        <translation>执法领域</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>Persons on the applicant side</source>
        <translation>申请人一方人数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <source>Suitability ground</source>
        <translation>适宜化解情形</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>当事人同意日期</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <source>Collective dispute</source>
        <translation>群体性争议</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感案件</translation>
    </message>
    <message>
        <source>Petition risk</source>
        <translation>重大涉诉信访隐患</translation>
    </message>
    <message>
        <source>Leader supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Legal aid requested</source>
        <translation>申请法律援助</translation>
    </message>
    <message>
        <source>Typical case</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>当事人身份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Attends in person</source>
        <translation>本人出席</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>代理权限</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>whose field: 申请人张三的电话</comment>
        <translation>%1的%2</translation>
    </message>
    <message>
        <source>%1, agent</source>
        <comment>申请人张三的代理人</comment>
        <translation>%1的委托代理人</translation>
    </message>
    <message>
        <source>%1, agent %2</source>
        <comment>申请人张三的代理人李律师</comment>
        <translation>%1的委托代理人%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>role and name: 申请人张三</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Received by the referring body on</source>
        <translation>委托单位收案日期</translation>
    </message>
    <message>
        <source>Referral dated</source>
        <translation>委托日期</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at character %2): %3</source>
        <translation>%1 不是有效的 JSON（第 %2 个字符处）：%3</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object</source>
        <translation>%1 应包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>Create the database, or upgrade it to this version.</source>
        <translation>创建数据库，或将其升级到本版本。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>How many cases to add.</source>
        <translation>要添加的案件数量。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed, for the same data again.</source>
        <translation>随机种子，种子相同则生成相同的数据。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Add realistic demo data: directories and cases in every state over the last two years.</source>
        <translation>添加贴近实际的演示数据：名录，以及近两年内处于各种状态的案件。</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>应为 1 至 1000000 之间的整数</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>Added %1 demo cases to %2</source>
        <translation>已向 %2 添加 %1 件演示案件</translation>
    </message>
    <message>
        <source>The case as JSON, from a file or - for standard input.</source>
        <translation>JSON 格式的案件数据，从文件读取；填写 - 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--json FILE is required.</source>
        <translation>必须通过 --json 指定文件。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>List the cases, newest first.</source>
        <translation>列出案件，最新的在前。</translation>
    </message>
    <message>
        <source>Print JSON (the same shape as case add takes).</source>
        <translation>以 JSON 格式输出（格式与 case add 的输入相同）。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>登记号</translation>
    </message>
    <message>
        <source>The registration number.</source>
        <translation>案件登记号。</translation>
    </message>
    <message>
        <source>Show one case.</source>
        <translation>查看单个案件。</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation>争议行政行为</translation>
    </message>
    <message>
        <source>Create or upgrade the database.</source>
        <translation>创建或升级数据库。</translation>
    </message>
    <message>
        <source>Add demo data.</source>
        <translation>添加演示数据。</translation>
    </message>
    <message>
        <source>Register a case from JSON.</source>
        <translation>根据 JSON 数据登记案件。</translation>
    </message>
    <message>
        <source>List the cases.</source>
        <translation>列出案件。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助信息。</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>参数个数不正确。</translation>
    </message>
    <message>
        <source>Huajie: the desk of an administrative dispute coordination and resolution center.</source>
        <translation>化解：行政争议协调化解中心工作台。</translation>
    </message>
    <message>
        <source>The case database (default: %1).</source>
        <translation>案件数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>要执行的操作，见下方列表。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Every command takes --help.</source>
        <translation>每个命令均支持 --help 选项。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>The action&apos;s details as JSON, from a file or - for standard input.</source>
        <translation>JSON 格式的操作数据，从文件读取；填写 - 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What to do; `case actions NUMBER` lists them.</source>
        <translation>要执行的操作；可用 `case actions NUMBER` 列出。</translation>
    </message>
    <message>
        <source>Apply a lifecycle action to a case. A refused action exits 1 with the rule that refused it.</source>
        <translation>对案件执行一项流程操作。操作被拒绝时以退出码 1 退出，并输出拒绝所依据的规则。</translation>
    </message>
    <message>
        <source>List the lifecycle actions, which are possible now, why the others are not, and what each asks for.</source>
        <translation>列出案件的流程操作：哪些当前可以执行、其余为何不能执行，以及每项操作需要填写的内容。</translation>
    </message>
    <message>
        <source>Show a case&apos;s history, oldest first.</source>
        <translation>查看案件的办理记录，最早的在前。</translation>
    </message>
    <message>
        <source>What can be done with a case now.</source>
        <translation>查看案件当前可执行的操作。</translation>
    </message>
    <message>
        <source>Apply a lifecycle action.</source>
        <translation>执行流程操作。</translation>
    </message>
    <message>
        <source>A case&apos;s history.</source>
        <translation>查看案件办理记录。</translation>
    </message>
    <message>
        <source>Check the event log.</source>
        <translation>校验事件日志。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>The last date of a range.</source>
        <translation>日期范围的最后一天。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The date, YYYY-MM-DD.</source>
        <translation>日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Whether days are working or rest days, one line a date.</source>
        <translation>列出各日是工作日还是休息日，每个日期一行。</translation>
    </message>
    <message>
        <source>must be on or after DATE and at most ten years later</source>
        <translation>不得早于“日期”参数，且与其相隔不超过十年</translation>
    </message>
    <message>
        <source>The day the period starts from (not counted).</source>
        <translation>期间起算日（当日不计入）。</translation>
    </message>
    <message>
        <source>A period of N days.</source>
        <translation>期间为 N 日。</translation>
    </message>
    <message>
        <source>A period of N working days.</source>
        <translation>期间为 N 个工作日。</translation>
    </message>
    <message>
        <source>A period of N months.</source>
        <translation>期间为 N 个月。</translation>
    </message>
    <message>
        <source>Days that do not count, FROM..TO inclusive; may be repeated.</source>
        <translation>不计入期间的日期范围 FROM..TO（含首尾两日）；可多次指定。</translation>
    </message>
    <message>
        <source>FROM..TO</source>
        <translation>FROM..TO</translation>
    </message>
    <message>
        <source>An extension of N days.</source>
        <translation>延长期限 N 日。</translation>
    </message>
    <message>
        <source>Explain each step.</source>
        <translation>逐步说明计算过程。</translation>
    </message>
    <message>
        <source>Compute a deadline with the counting rules and the calendar. The first line starts with the date, then &quot;provisional&quot; when it is.</source>
        <translation>按期间计算规则和节假日日历计算期限。输出首行为届满日期，结果为暂定的，其后附“provisional”。</translation>
    </message>
    <message>
        <source>--from DATE is required.</source>
        <translation>必须通过 --from 指定日期。</translation>
    </message>
    <message>
        <source>Give exactly one of --days, --working-days and --months.</source>
        <translation>--days、--working-days 和 --months 须且只能指定其中一项。</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 3650</source>
        <translation>应为 1 至 3650 之间的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range FROM..TO of dates, FROM not after TO</source>
        <translation>“%1”不是 FROM..TO 格式的日期范围（FROM 不得晚于 TO）</translation>
    </message>
    <message>
        <source>Why the calendar changes.</source>
        <translation>变更日历的理由。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>A holiday-cn year file, e.g. 2027.json.</source>
        <translation>holiday-cn 格式的年度数据文件，例如 2027.json。</translation>
    </message>
    <message>
        <source>Import a year of the State Council&apos;s holiday notice; deadlines that waited for it become final.</source>
        <translation>导入某一年度的国务院节假日安排通知；此前因该年度安排未公布而暂定的期限随即确定。</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Imported the holidays of %1%2.</source>
        <translation>已导入%1年节假日安排%2。</translation>
    </message>
    <message>
        <source> (the file says the year is not published yet)</source>
        <translation>（文件显示该年度安排尚未公布）</translation>
    </message>
    <message>
        <source>The day is a rest day.</source>
        <translation>该日为休息日。</translation>
    </message>
    <message>
        <source>The day is a working day.</source>
        <translation>该日为工作日。</translation>
    </message>
    <message>
        <source>The holiday&apos;s name.</source>
        <translation>节假日名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Make one day a rest or a working day, e.g. a local holiday.</source>
        <translation>将某一日设为休息日或工作日，例如地方性节日。</translation>
    </message>
    <message>
        <source>Give exactly one of --rest and --working.</source>
        <translation>--rest 和 --working 须且只能指定其中一项。</translation>
    </message>
    <message>
        <source>Remove the center&apos;s setting of one day.</source>
        <translation>撤销本中心对某一日的设置。</translation>
    </message>
    <message>
        <source>The center&apos;s changes to the calendar: who, when, why.</source>
        <translation>本中心对日历的变更记录：变更人、时间和理由。</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>导入%1年节假日安排</translation>
    </message>
    <message>
        <source>%1 set to %2 %3</source>
        <translation>%1 设为%2 %3</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>working</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>%1 back to the notice</source>
        <translation>%1 恢复按国务院通知执行</translation>
    </message>
    <message>
        <source>A case&apos;s deadlines under the center&apos;s rule profile.</source>
        <translation>按本中心规则配置计算的案件期限。</translation>
    </message>
    <message>
        <source>The rule profiles there are; * marks the one in use.</source>
        <translation>列出现有规则配置；标 * 者为当前使用的配置。</translation>
    </message>
    <message>
        <source>A center&apos;s own profiles go in %1</source>
        <translation>本中心自定义的规则配置存放于 %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The profile&apos;s id.</source>
        <translation>规则配置的 ID。</translation>
    </message>
    <message>
        <source>Count deadlines with another rule profile.</source>
        <translation>改用其他规则配置计算期限。</translation>
    </message>
    <message>
        <source>Working and rest days.</source>
        <translation>查看工作日和休息日。</translation>
    </message>
    <message>
        <source>Import a year&apos;s holidays.</source>
        <translation>导入年度节假日安排。</translation>
    </message>
    <message>
        <source>Set one day.</source>
        <translation>设置某一日。</translation>
    </message>
    <message>
        <source>Undo the setting of one day.</source>
        <translation>撤销对某一日的设置。</translation>
    </message>
    <message>
        <source>The calendar&apos;s changes.</source>
        <translation>查看日历变更记录。</translation>
    </message>
    <message>
        <source>Compute a deadline.</source>
        <translation>计算期限。</translation>
    </message>
    <message>
        <source>A case&apos;s deadlines.</source>
        <translation>查看案件期限。</translation>
    </message>
    <message>
        <source>The rule profiles.</source>
        <translation>列出规则配置。</translation>
    </message>
    <message>
        <source>Choose a rule profile.</source>
        <translation>选择规则配置。</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>The session as JSON, from a file or - for standard input.</source>
        <translation>JSON 格式的化解会议数据，从文件读取；填写 - 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>Schedule a session of a case. Prints its id. Without participants, the case&apos;s usual ones are called.</source>
        <translation>为案件安排化解会议，输出会议 ID。未指定参会人员的，默认通知本案的常规参会人员。</translation>
    </message>
    <message>
        <source>Attendance, agency head and minutes as JSON, from a file or - for standard input.</source>
        <translation>JSON 格式的出席情况、行政机关负责人出席情况及笔录，从文件读取；填写 - 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>The session&apos;s id.</source>
        <translation>化解会议的 ID。</translation>
    </message>
    <message>
        <source>Record what happened at a session.</source>
        <translation>记录化解会议的召开情况。</translation>
    </message>
    <message>
        <source>must be a session&apos;s id (a number)</source>
        <translation>应为化解会议的 ID（数字）</translation>
    </message>
    <message>
        <source>First day (default: today).</source>
        <translation>起始日期（默认为今日）。</translation>
    </message>
    <message>
        <source>Last day (default: 30 days on).</source>
        <translation>截止日期（默认为起始日期后 30 日）。</translation>
    </message>
    <message>
        <source>Also write the sessions as an iCalendar file.</source>
        <translation>同时将化解会议导出为 iCalendar 文件。</translation>
    </message>
    <message>
        <source>The sessions of all cases between two days.</source>
        <translation>列出全部案件在指定日期范围内的化解会议。</translation>
    </message>
    <message>
        <source>must not be before --from</source>
        <translation>不得早于 --from 指定的日期</translation>
    </message>
    <message>
        <source>Schedule a session.</source>
        <translation>安排化解会议。</translation>
    </message>
    <message>
        <source>Record a session&apos;s attendance and minutes.</source>
        <translation>记录化解会议的出席情况及笔录。</translation>
    </message>
    <message>
        <source>The sessions between two days.</source>
        <translation>列出指定日期范围内的化解会议。</translation>
    </message>
    <message>
        <source>The sessions between two days, as --ics for calendars.</source>
        <translation>列出指定日期范围内的化解会议，可用 --ics 导出为日历文件。</translation>
    </message>
    <message>
        <source>A center&apos;s own wording goes in %1, as ID.html.</source>
        <translation>中心自定义的文书措辞放在 %1 中，文件名为 ID.html。</translation>
    </message>
    <message>
        <source>Write the filled HTML.</source>
        <translation>输出填写后的 HTML。</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>The document&apos;s id; see document templates.</source>
        <translation>文书 ID；参见 document templates。</translation>
    </message>
    <message>
        <source>The documents there are.</source>
        <translation>可用的文书。</translation>
    </message>
    <message>
        <source>Write a PDF in the official layout.</source>
        <translation>按公文格式输出 PDF。</translation>
    </message>
    <message>
        <source>Give exactly one of --pdf and --html.</source>
        <translation>--pdf 与 --html 须且只能指定一个。</translation>
    </message>
    <message>
        <source>Fill a document from a case to look at, without issuing it. It shows the number it would be issued with.</source>
        <translation>从案件填制文书以供查看，不予出具。文书上显示出具时将取得的文号。</translation>
    </message>
    <message>
        <source>Issue a document of a case: it gets the next number of its kind and is kept with the case exactly as issued.</source>
        <translation>出具案件文书：按文书种类取下一个文号，并按出具时的原样随案留存。</translation>
    </message>
    <message>
        <source>Issued document %1 %2</source>
        <translation>已出具文书 %1 %2</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>The documents issued for a case, with their service.</source>
        <translation>案件已出具的文书及其送达情况。</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>已被改动</translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation>尚未签收</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document id; see document list</source>
        <translation>“%1”不是文书编号；请用 document list 查看</translation>
    </message>
    <message>
        <source>The document&apos;s id.</source>
        <translation>文书编号。</translation>
    </message>
    <message>
        <source>An issued document again, exactly as it was issued.</source>
        <translation>按出具时的原样再次输出已出具的文书。</translation>
    </message>
    <message>
        <source>Give --pdf or --html.</source>
        <translation>请指定 --pdf 或 --html。</translation>
    </message>
    <message>
        <source>Document %1 was changed after it was issued: its text no longer matches its hash</source>
        <translation>文书 %1 在出具后被改动：其内容与留存的哈希值不再一致</translation>
    </message>
    <message>
        <source>Whom it was served on.</source>
        <translation>受送达人。</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>送达方式：%1。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>The tracking number of a letter by post.</source>
        <translation>邮寄送达的邮件单号。</translation>
    </message>
    <message>
        <source>Where it was served.</source>
        <translation>送达地址。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Sent on (YYYY-MM-DD).</source>
        <translation>送出日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Received on (YYYY-MM-DD), when known.</source>
        <translation>签收日期（YYYY-MM-DD），已知时填写。</translation>
    </message>
    <message>
        <source>Who signed for it, when not the addressee.</source>
        <translation>代收人（非受送达人本人签收时）。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Record the service of an issued document. The notice served on the agency is its dispatch, and its receipt starts the plan deadline.</source>
        <translation>记录已出具文书的送达。向行政机关送达通知书即为发出通知书，其签收之日起计算报送化解方案的期限。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>Recorded service %1</source>
        <translation>已记录送达 %1</translation>
    </message>
    <message>
        <source>Received on (YYYY-MM-DD).</source>
        <translation>签收日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>送达记录</translation>
    </message>
    <message>
        <source>The service record&apos;s id; see document list.</source>
        <translation>送达记录编号；请用 document list 查看。</translation>
    </message>
    <message>
        <source>Record when a served document was received.</source>
        <translation>记录已送达文书的签收日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service record id</source>
        <translation>“%1”不是送达记录编号</translation>
    </message>
    <message>
        <source>Every case in this state, besides those named.</source>
        <translation>除列出的案件外，另含处于该状态的全部案件。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Where the PDFs go.</source>
        <translation>PDF 文件的存放位置。</translation>
    </message>
    <message>
        <source>NUMBER...</source>
        <translation>登记号...</translation>
    </message>
    <message>
        <source>Registration numbers.</source>
        <translation>案件登记号。</translation>
    </message>
    <message>
        <source>Issue the same document for many cases, a PDF each.</source>
        <translation>为多个案件出具同一种文书，每件各生成一个 PDF。</translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; the states are: %2</source>
        <translation>“%1”不是案件状态；可用的状态有：%2</translation>
    </message>
    <message>
        <source>No case named: give numbers or --state.</source>
        <translation>未指定案件：请给出登记号或 --state。</translation>
    </message>
    <message>
        <source>Issued %1 of %2 documents into %3</source>
        <translation>已出具 %1 份文书（共 %2 份），存入 %3</translation>
    </message>
    <message>
        <source>Fill a document from a case to look at, as PDF or HTML.</source>
        <translation>从案件填制文书以供查看（PDF 或 HTML）。</translation>
    </message>
    <message>
        <source>Issue a document of a case, numbered and kept.</source>
        <translation>出具案件文书，编号并留存。</translation>
    </message>
    <message>
        <source>The documents issued for a case.</source>
        <translation>查看案件已出具的文书。</translation>
    </message>
    <message>
        <source>An issued document, exactly as issued.</source>
        <translation>按原样输出已出具的文书。</translation>
    </message>
    <message>
        <source>Record the service of a document.</source>
        <translation>记录文书送达。</translation>
    </message>
    <message>
        <source>Record when a document was received.</source>
        <translation>记录文书签收。</translation>
    </message>
    <message>
        <source>Issue the same document for many cases.</source>
        <translation>为多个案件批量出具文书。</translation>
    </message>
    <message>
        <source>A month.</source>
        <translation>某月。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>A quarter.</source>
        <translation>某季度。</translation>
    </message>
    <message>
        <source>YYYY-Qn</source>
        <translation>YYYY-Qn</translation>
    </message>
    <message>
        <source>A year.</source>
        <translation>某年。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>起始日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation>截止日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Give one of --month, --quarter, --year, or --from with --to.</source>
        <translation>请指定 --month、--quarter、--year 之一，或同时指定 --from 和 --to。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 in the form %3</source>
        <translation>“%1”不是 %3 格式的%2</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from 晚于 --to</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>必须通过 -o 指定文件。</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf (default: json).</source>
        <translation>json、csv、xlsx 或 pdf（默认为 json）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>The statistics of a period, with the period before it and the year to date beside every figure, by source, agency, domain and act kind. A report that does not balance is not written: the cases that break it are named.</source>
        <translation>某一期间的统计数据，每项数据并列上期数和本年累计数，并按案件来源、行政机关、执法领域和行为类别分类。报表不平衡时不予写出，并列出导致不平衡的案件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format; the formats are: json, csv, xlsx, pdf</source>
        <translation>“%1”不是可用格式；可用格式有：json、csv、xlsx、pdf</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 concluded (%4 agreements), %5 open at the end; written to %6</source>
        <translation>%1：新收 %2 件，办结 %3 件（达成协议 %4 件），期末在办 %5 件；已写入 %6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month in the form YYYY-MM</source>
        <translation>“%1”不是 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>The month.</source>
        <translation>月份。</translation>
    </message>
    <message>
        <source>Freeze a month&apos;s report once it is over: its figures are kept with their SHA-256 and an event, and later changes to its cases are found against them (report frozen). A month that does not balance is refused.</source>
        <translation>月份结束后锁定该月报表：其数据连同 SHA-256 校验值和一条事件记录一并留存，此后对所涉案件的改动均可据此查出（report frozen）。报表不平衡的月份不予锁定。</translation>
    </message>
    <message>
        <source>--month is required.</source>
        <translation>必须指定 --month。</translation>
    </message>
    <message>
        <source>Frozen %1: SHA-256 %2</source>
        <translation>已锁定 %1：SHA-256 %2</translation>
    </message>
    <message>
        <source>Only this month, with its changed cases&apos; events.</source>
        <translation>仅查看该月，并列出有改动案件的事件。</translation>
    </message>
    <message>
        <source>The frozen months: when and by whom, their SHA-256, whether the stored figures still match it, and the cases they counted that changed since.</source>
        <translation>已锁定的月份：锁定时间和锁定人、SHA-256 校验值、留存数据是否仍与之相符，以及锁定后有改动的所涉案件。</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>%1 cases changed since</source>
        <translation>此后有 %1 件案件改动</translation>
    </message>
    <message>
        <source>%1 has not been frozen</source>
        <translation>%1 尚未锁定</translation>
    </message>
    <message>
        <source>%1 cases written to %2</source>
        <translation>已将 %1 件案件写入 %2</translation>
    </message>
    <message>
        <source>A period&apos;s statistics as JSON, CSV, XLSX or PDF.</source>
        <translation>输出某一期间的统计报表（JSON、CSV、XLSX 或 PDF）。</translation>
    </message>
    <message>
        <source>Freeze a month&apos;s report.</source>
        <translation>锁定月度统计报表。</translation>
    </message>
    <message>
        <source>The frozen months and what changed since.</source>
        <translation>查看已锁定的月份及其后的改动。</translation>
    </message>
    <message>
        <source>Where to write it; by default the backups folder beside the database.</source>
        <translation>备份写入位置；默认为数据库所在目录下的 backups 文件夹。</translation>
    </message>
    <message>
        <source>Back up the database: a consistent copy, even while it is in use.</source>
        <translation>备份数据库：即使数据库正在使用，也能得到一致的副本。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>The backups beside the database, newest first.</source>
        <translation>数据库旁的备份，最新的在前。</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself</source>
        <translation>不能用数据库自身进行恢复</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1</source>
        <translation>被替换的数据库已保留为 %1</translation>
    </message>
    <message>
        <source>Back up the database.</source>
        <translation>备份数据库。</translation>
    </message>
    <message>
        <source>The backups beside the database.</source>
        <translation>查看数据库的备份。</translation>
    </message>
    <message>
        <source>Restore the database from a backup.</source>
        <translation>从备份恢复数据库。</translation>
    </message>
    <message>
        <source>This command changes the database and is refused: close it there first. Commands that only read still work.</source>
        <translation>此命令会更改数据库，已拒绝执行：请先在那里关闭数据库。只读取的命令仍可使用。</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>用户姓名。</translation>
    </message>
    <message>
        <source>mediator, head or administrator.</source>
        <translation>mediator（协调化解员）、head（中心负责人）或 administrator（系统管理员）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Add a user; the password is read from the first line of standard input. The first user must be an administrator; then only an administrator adds users.</source>
        <translation>添加用户；密码从标准输入的第一行读取。第一个用户必须是系统管理员，此后只有系统管理员可以添加用户。</translation>
    </message>
    <message>
        <source>--name and --role are required.</source>
        <translation>必须指定 --name 和 --role。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; the roles are: mediator, head, administrator</source>
        <translation>“%1”不是角色；可用角色有：mediator、head、administrator</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>已添加 %1（%2）</translation>
    </message>
    <message>
        <source>The desk&apos;s users and their roles.</source>
        <translation>用户及其角色。</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Add a user.</source>
        <translation>添加用户。</translation>
    </message>
    <message>
        <source>The users.</source>
        <translation>查看用户。</translation>
    </message>
    <message>
        <source>This desk&apos;s users sign in: set HUAJIE_LOGIN and HUAJIE_PASSWORD.</source>
        <translation>本工作台需要登录：请设置 HUAJIE_LOGIN 和 HUAJIE_PASSWORD。</translation>
    </message>
    <message>
        <source>Only the cases holding every word of TEXT in any field: numbers, names, ID numbers, credit codes, phones, agents, the act.</source>
        <translation>只列出任一字段含有“文本”中每个词的案件：各类编号、姓名/名称、公民身份号码、统一社会信用代码、联系电话、代理人、争议行政行为。</translation>
    </message>
    <message>
        <source>give a word to search for</source>
        <translation>请输入要查找的内容</translation>
    </message>
    <message>
        <source>No case holds %1</source>
        <translation>没有案件含有“%1”</translation>
    </message>
    <message>
        <source>Why the session changes (required).</source>
        <translation>化解会议变更的理由（必填）。</translation>
    </message>
    <message>
        <source>The new start, YYYY-MM-DDTHH:MM.</source>
        <translation>新的开始时间，格式为 YYYY-MM-DDTHH:MM。</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>The new room (default: the same).</source>
        <translation>新的房间（默认不变）。</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>When the new notice goes out (default: today).</source>
        <translation>重新通知的日期（默认今日）。</translation>
    </message>
    <message>
        <source>Why the new time is sooner than the notice days allow.</source>
        <translation>新的时间早于通知期限所允许日期的理由。</translation>
    </message>
    <message>
        <source>Move a session to another time or room, checked as a new one is. Prints the participants to notify again.</source>
        <translation>将化解会议改至其他时间或房间，按新安排的会议同样审查。列出需重新通知的参加人员。</translation>
    </message>
    <message>
        <source>Give the new time with --start.</source>
        <translation>请用 --start 给出新的时间。</translation>
    </message>
    <message>
        <source>To be notified again of the new time:</source>
        <translation>需重新通知新时间的参加人员：</translation>
    </message>
    <message>
        <source>Cancel a session that will not take place: it leaves the schedule and frees its room.</source>
        <translation>取消不再召开的化解会议：会议移出日程，释放所占房间。</translation>
    </message>
    <message>
        <source>Move a session to another time or room, with a reason.</source>
        <translation>将化解会议改期或更换房间，须说明理由。</translation>
    </message>
    <message>
        <source>Cancel a session, with a reason.</source>
        <translation>取消化解会议，须说明理由。</translation>
    </message>
    <message>
        <source>Only the registrations voided as made in error.</source>
        <translation>仅列出因登记错误而作废的案件。</translation>
    </message>
    <message>
        <source>--reason TEXT is required: say why the record is put right.</source>
        <translation>须提供 --reason 理由：说明更正记录的原因。</translation>
    </message>
    <message>
        <source>Why it is put right (kept in the history).</source>
        <translation>更正的理由（记入案件历史）。</translation>
    </message>
    <message>
        <source>The corrected fields of the last action as JSON (the fields it takes; null removes an optional one), from a file or - for standard input.</source>
        <translation>以 JSON 给出最近一项操作更正后的字段（即该操作所填字段；null 表示删除某一选填项），从文件读取，- 表示标准输入。</translation>
    </message>
    <message>
        <source>Correct the dates or details of the case&apos;s last recorded action. The corrected values are checked by the action&apos;s own rules; the fields not given keep their recorded values.</source>
        <translation>更正案件最近一项已记录操作的日期或内容。更正后的内容按该操作本身的规则校验；未给出的字段保留原记录。</translation>
    </message>
    <message>
        <source>%1: corrected &quot;%2&quot;</source>
        <translation>%1：已更正“%2”</translation>
    </message>
    <message>
        <source>Withdraw the case&apos;s last recorded action: the case returns to its state before it. Refused while something recorded later rests on it.</source>
        <translation>撤回案件最近一项已记录操作，案件恢复到该操作之前的状态。其后已有依赖该操作的记录的，不予撤回。</translation>
    </message>
    <message>
        <source>%1: withdrew &quot;%2&quot;; the case is %3 again</source>
        <translation>%1：已撤回“%2”，案件恢复为“%3”</translation>
    </message>
    <message>
        <source>Void a registration made in error: the case leaves the lists and the statistics and takes no more actions; it keeps its number, which is not given again, and its history. Voiding cannot be undone.</source>
        <translation>作废错误登记的案件：案件不再出现在案件列表和统计中，也不能再办理任何操作；案号及案件历史予以保留，案号不再重新分配。作废后不能恢复。</translation>
    </message>
    <message>
        <source>%1 voided; `case list --voided` lists it.</source>
        <translation>%1 已作废；`case list --voided` 可列出。</translation>
    </message>
    <message>
        <source>Correct the last recorded action.</source>
        <translation>更正最近一项已记录操作。</translation>
    </message>
    <message>
        <source>Withdraw the last recorded action.</source>
        <translation>撤回最近一项已记录操作。</translation>
    </message>
    <message>
        <source>Void a registration made in error.</source>
        <translation>作废错误登记的案件。</translation>
    </message>
    <message>
        <source>The backup to remove: its path or its name.</source>
        <translation>要删除的备份：其路径或文件名。</translation>
    </message>
    <message>
        <source>Remove a backup from the backups folder. Copies made by hand are kept until removed this way.</source>
        <translation>从备份文件夹中删除一份备份。手动备份会一直保留，直至以此方式删除。</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Remove a backup.</source>
        <translation>删除备份。</translation>
    </message>
    <message>
        <source>Compared with %1 backups; %2 issued documents and %3 frozen reports checked against their events.</source>
        <translation>已与 %1 份备份比对；已按事件记录核对 %2 份已出具文书和 %3 份已冻结报表。</translation>
    </message>
    <message>
        <source>Also check a record anchor printed on a document or report: event SEQ must be in the log with a hash that begins with HASH.</source>
        <translation>另核对文书或报表上印有的记录锚点：事件日志中须有第 SEQ 号事件，且其哈希以 HASH 开头。</translation>
    </message>
    <message>
        <source>SEQ:HASH</source>
        <translation>SEQ:HASH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record anchor: give it as printed, the event&apos;s number, a colon and 16 hex digits, e.g. 1234:0123456789abcdef</source>
        <translation>“%1”不是记录锚点：请按印件所载填写，即事件序号、冒号和 16 位十六进制数字，例如 1234:0123456789abcdef</translation>
    </message>
    <message>
        <source>Encrypt the copy with a passphrase (at least 10 characters), read from HUAJIE_BACKUP_PASSPHRASE or else from the first line of standard input; with -o.</source>
        <translation>用口令加密备份（至少 10 个字符）；口令取自 HUAJIE_BACKUP_PASSPHRASE，未设置时读取标准输入的第一行；须与 -o 同用。</translation>
    </message>
    <message>
        <source>--encrypt needs -o FILE: the copies in the backups folder stay on this machine.</source>
        <translation>--encrypt 须与 -o 文件 同用：backups 文件夹中的备份留在本机。</translation>
    </message>
    <message>
        <source>Backed up, encrypted, to %1</source>
        <translation>已加密备份到 %1</translation>
    </message>
    <message>
        <source>Put a backup in place of the database. Once the database has users, only an administrator restores (HUAJIE_LOGIN, HUAJIE_PASSWORD). The backup is checked first: it passes PRAGMA integrity_check and its schema is exactly this program&apos;s for its version. The database it replaces is kept in the backups folder, and the event log records the restore. An encrypted backup asks for its passphrase: HUAJIE_BACKUP_PASSPHRASE, or else the first line of standard input.</source>
        <translation>用备份替换数据库。数据库有用户后，只有系统管理员可以恢复（HUAJIE_LOGIN、HUAJIE_PASSWORD）。恢复前先检查备份：须通过 PRAGMA integrity_check，且其结构与本程序该版本的结构完全一致。被替换的数据库保留在备份文件夹中，事件日志记录此次恢复。加密的备份须提供口令：取自 HUAJIE_BACKUP_PASSPHRASE，否则取标准输入的第一行。</translation>
    </message>
    <message>
        <source>Check the record: that no event of the log was edited, inserted, reordered or deleted, that no event is dated before the one it follows, that the rows of every case, every user and the settings are as their last event left them, that each backup&apos;s events are the beginning of today&apos;s, and that issued documents and frozen reports are what their events recorded. Names what it finds and exits 1.</source>
        <translation>核验记录：事件日志中没有事件被修改、插入、调换顺序或删除；没有事件的时间早于其前一事件；每个案件、每个用户和设置的数据与其最后一个事件留下的一致；每个备份的事件都是当前日志的开头部分；已出具的文书和已冻结的报表与其事件所记录的一致。发现问题时逐一列出，并以退出码 1 结束。</translation>
    </message>
    <message>
        <source>The record is intact: %1 events, and the rows as they left them.</source>
        <translation>记录完好：共 %1 个事件，数据与事件记录一致。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 项。</translation>
    </message>
    <message>
        <source>The record does not hold: %1 problems found in %2 events.</source>
        <translation>记录已被改动：在 %2 个事件中发现 %1 个问题。</translation>
    </message>
    <message>
        <source>Only init creates a database. To put a backup in its place: huajie-cli restore BACKUP; to start a new, empty one: huajie-cli init.</source>
        <translation>只有 init 命令会新建数据库。用备份恢复：huajie-cli restore 备份文件；新建一个空数据库：huajie-cli init。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Unlock a login locked after too many wrong passwords (an administrator).</source>
        <translation>解除因密码错误次数过多而被锁定的用户名（由系统管理员操作）。</translation>
    </message>
    <message>
        <source>%1 may sign in again</source>
        <translation>%1 可以重新登录</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Unlock a locked login.</source>
        <translation>解除用户名锁定。</translation>
    </message>
    <message>
        <source>Register a case from JSON, with the same checks as the registration form. Prints its number. The sources and grounds it may take: profile vocabularies.</source>
        <translation>根据 JSON 数据登记案件，校验规则与登记表单相同。输出其登记号。可填的案件来源和适宜化解情形见 profile vocabularies。</translation>
    </message>
    <message>
        <source>Received by the referring body on</source>
        <translation>委托单位收案日期</translation>
    </message>
    <message>
        <source>Referral dated</source>
        <translation>委托日期</translation>
    </message>
    <message>
        <source>xlsx, csv or pdf (default: xlsx).</source>
        <translation>xlsx、csv 或 pdf（默认 xlsx）。</translation>
    </message>
    <message>
        <source>The ledger of a period: every case handled in it, one row each, with the columns the center&apos;s profile lists.</source>
        <translation>一个期间的台账：期间内办理的每件案件各占一行，列为本中心规则配置所列的各列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format of the ledger; the formats are: xlsx, csv, pdf</source>
        <translation>“%1”不是台账的格式；可用格式为：xlsx、csv、pdf</translation>
    </message>
    <message>
        <source>A period&apos;s ledger of cases as XLSX, CSV or PDF.</source>
        <translation>导出一个期间的案件台账（XLSX、CSV 或 PDF）。</translation>
    </message>
    <message>
        <source>Sources (case field source)</source>
        <translation>案件来源（案件字段 source）</translation>
    </message>
    <message>
        <source>Suitability grounds (case field dispute.suitabilityGround)</source>
        <translation>适宜化解情形（案件字段 dispute.suitabilityGround）</translation>
    </message>
    <message>
        <source>Mediator kinds</source>
        <translation>化解员类别</translation>
    </message>
    <message>
        <source>Session participant roles</source>
        <translation>会议参加人身份</translation>
    </message>
    <message>
        <source>Termination reasons (terminate&apos;s reason)</source>
        <translation>终止原因（terminate 的 reason）</translation>
    </message>
    <message>
        <source>The codes the center&apos;s profile offers: sources, suitability grounds, mediator kinds, participant roles and termination reasons.</source>
        <translation>本中心规则方案提供的代码：案件来源、适宜化解情形、化解员类别、会议参加人身份和终止原因。</translation>
    </message>
    <message>
        <source>The codes the profile offers.</source>
        <translation>规则方案提供的代码。</translation>
    </message>
    <message>
        <source>The documents the center&apos;s profile has, by id.</source>
        <translation>本中心规则方案所用的文书，按编号列出。</translation>
    </message>
    <message>
        <source>Rule profile in use: %1 (%2), %3; every case&apos;s deadlines are counted by it.</source>
        <translation>现用规则方案：%1（%2），%3；所有案件的期限均按此方案计算。</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>done on %1</source>
        <translation>已于%1完成</translation>
    </message>
    <message>
        <source>done late, on %1</source>
        <translation>已于%1逾期完成</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>%1后到期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已逾期%1</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>, provisional</source>
        <translation>，暂定</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1个工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1个工作日</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1个月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1个月</translation>
    </message>
    <message>
        <source>Starts from %1, a day that is not counted; the period is %2.</source>
        <translation>自%1起算，当日不计入；期间为%2。</translation>
    </message>
    <message>
        <source>Working days skip weekends and holidays and include make-up working days.</source>
        <translation>工作日不含周末和法定节假日，含调休上班日。</translation>
    </message>
    <message>
        <source>The period ends on %1.</source>
        <translation>期间届满日为%1。</translation>
    </message>
    <message>
        <source>Suspended from %1 to %2: %3 not counted.</source>
        <translation>期限中止自%1至%2，共%3不计入期间。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Extended by %1.</source>
        <translation>延长期限%1。</translation>
    </message>
    <message>
        <source>%1 is a weekend day: the last day moves to the next day.</source>
        <translation>%1为周末休息日，期间届满日顺延至次日。</translation>
    </message>
    <message>
        <source>%1 is a rest day (%2): the last day moves to the next day.</source>
        <translation>%1为休息日（%2），期间届满日顺延至次日。</translation>
    </message>
    <message>
        <source>The holidays of %1 are not published yet: provisional, recomputed when they are.</source>
        <translation>%1年节假日安排尚未公布：结果为暂定，公布后重新计算。</translation>
    </message>
    <message>
        <source>A suspension is still running: provisional, it moves while the suspension lasts.</source>
        <translation>期限中止尚未结束：结果为暂定，届满日随中止持续而顺延。</translation>
    </message>
    <message>
        <source>Due on %1%2.</source>
        <translation>期限届满日为%1%2。</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是有效值，可选值为：%2</translation>
    </message>
    <message>
        <source>must be from 1 to 3650</source>
        <translation>应为 1 至 3650</translation>
    </message>
    <message>
        <source>must be days, working_days or months</source>
        <translation>应为 days、working_days 或 months</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>needs {n}, where the sequence number goes</source>
        <translation>须包含表示序号位置的 {n}</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过%1个字</translation>
    </message>
    <message>
        <source>must be one line without 《》, &lt;&gt;, {} or spaces around it</source>
        <translation>须为一行，不含《》、&lt;&gt;、{}，首尾不留空格</translation>
    </message>
    <message>
        <source>must be a folder name of small letters, digits and -</source>
        <translation>须为由小写字母、数字和 - 组成的文件夹名</translation>
    </message>
    <message>
        <source>must be an article as the rules number it, e.g. &quot;第二十三条&quot;, or a part of a plan, e.g. &quot;二（五）4&quot;</source>
        <translation>须为规则中的条文序号，如“第二十三条”，或方案中的部分序号，如“二（五）4”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period as documents state it, e.g. &quot;3个工作日&quot;, &quot;十日&quot; or &quot;一个月&quot;</source>
        <translation>“%1”不是文书所写的期限，应如“3个工作日”“十日”或“一个月”</translation>
    </message>
    <message>
        <source>%1 so far, no time limit</source>
        <translation>已过%1，不设期限</translation>
    </message>
    <message>
        <source>not counted: record when the referring body received the case</source>
        <translation>未计算：请登记委托单位收案日期</translation>
    </message>
    <message>
        <source>not counted: record the referral&apos;s date</source>
        <translation>未计算：请登记委托日期</translation>
    </message>
    <message>
        <source>Its start is not recorded, so it is not counted from any other day: %1.</source>
        <translation>起算日期未登记，不以其他日期代替起算：%1。</translation>
    </message>
    <message>
        <source>Tracked from %1 with no time limit: %2 %3.</source>
        <translation>自%1起计，不设期限：%3%2。</translation>
    </message>
    <message>
        <source>until it was met</source>
        <translation>至完成历时</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>至今已过</translation>
    </message>
    <message>
        <source>a body does not invite itself</source>
        <translation>机关不能邀请自己</translation>
    </message>
    <message>
        <source>is named twice</source>
        <translation>重复列出</translation>
    </message>
    <message>
        <source>a second invitation for the channel &quot;%1&quot;</source>
        <translation>渠道“%1”的邀请重复设置</translation>
    </message>
    <message>
        <source>is required when early involvement is enabled</source>
        <translation>启用提前介入时必须填写</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in code (%2); a term of the center&apos;s own is an object with its code and label</source>
        <translation>“%1”不是内置代码（%2）；中心自有的词条须写成含 code 和 label 的对象</translation>
    </message>
    <message>
        <source>must be a code or an object with code, label and source</source>
        <translation>必须是代码，或含 code、label 和 source 的对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: small letters a–z, digits and _, at most 40, beginning with a letter</source>
        <translation>“%1”不是有效代码：只能用小写字母 a–z、数字和 _，以字母开头，至多 40 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in source: its channel is %2</source>
        <translation>“%1”是内置来源，其渠道固定为 %2</translation>
    </message>
    <message>
        <source>is required for a term of the center&apos;s own</source>
        <translation>中心自有词条必须填写</translation>
    </message>
    <message>
        <source>is required for a source of the center&apos;s own: one of %1</source>
        <translation>中心自有来源必须填写，取值为：%1</translation>
    </message>
    <message>
        <source>must name at least one code</source>
        <translation>至少要列出一个代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>must be a code or an object with &quot;code&quot;</source>
        <translation>须为代码，或含“code”的对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>must list at least one column</source>
        <translation>须至少列出一列</translation>
    </message>
    <message>
        <source>must list at least one figure</source>
        <translation>须至少列出一项指标</translation>
    </message>
    <message>
        <source>a tracked deadline has no time limit: leave out &quot;length&quot; and &quot;unit&quot;</source>
        <translation>仅记录的期限不设期限：请删去“length”和“unit”</translation>
    </message>
    <message>
        <source>a tracked deadline has no time limit to move or to lapse</source>
        <translation>仅记录的期限没有可中止、延长或失效的期限</translation>
    </message>
    <message>
        <source>a deadline cannot be met by the fact it starts from</source>
        <translation>期限的完成事项不能与其起算事项相同</translation>
    </message>
    <message>
        <source>There is no rule profile &quot;%1&quot;; there are: %2</source>
        <translation>没有规则方案“%1”；现有：%2</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Agencies</source>
        <translation>行政机关</translation>
    </message>
    <message>
        <source>Referring units</source>
        <translation>委派单位</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>法官</translation>
    </message>
    <message>
        <source>Procurators</source>
        <translation>检察官</translation>
    </message>
    <message>
        <source>Mediators and talent pool</source>
        <translation>协调化解员及人才库</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>功能室</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>unknown field {{%1}}</source>
        <translation>未知字段 {{%1}}</translation>
    </message>
    <message>
        <source>{{%1}} is a list or group, not a value</source>
        <translation>{{%1}} 是列表或分组，不是单个值</translation>
    </message>
    <message>
        <source>{{#each %1}} needs a list</source>
        <translation>{{#each %1}} 需要一个列表</translation>
    </message>
    <message>
        <source>{{ is not closed</source>
        <translation>{{ 缺少对应的 }}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field name</source>
        <translation>“%1”不是有效的字段名</translation>
    </message>
    <message>
        <source>{{else}} outside {{#if}}</source>
        <translation>{{else}} 不在 {{#if}} 之内</translation>
    </message>
    <message>
        <source>{{%1}} closes nothing that is open</source>
        <translation>{{%1}} 没有可结束的段落</translation>
    </message>
    <message>
        <source>one filter at most: {{%1}}</source>
        <translation>最多只能使用一个过滤器：{{%1}}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a filter; there are date and cndate</source>
        <translation>“%1”不是过滤器；可用的过滤器为 date 和 cndate</translation>
    </message>
    <message>
        <source>{{#%1 %2}} is not closed</source>
        <translation>{{#%1 %2}} 缺少结束标记</translation>
    </message>
    <message>
        <source>the document grows too large; is a {{#each}} repeated inside itself?</source>
        <translation>文书内容过大；是否有 {{#each}} 嵌套在自身之中重复？</translation>
    </message>
    <message>
        <source>sections nested more than %1 deep</source>
        <translation>区段嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>Application for coordination</source>
        <translation>行政争议协调化解申请书</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>行政争议协调化解中心委托书</translation>
    </message>
    <message>
        <source>Notice to the agency</source>
        <translation>行政争议协调化解通知书</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document; the documents are: %2</source>
        <translation>“%1”不是文书；可用的文书为：%2</translation>
    </message>
    <message>
        <source>The template of %1 is missing</source>
        <translation>缺少 %1 的文书模板</translation>
    </message>
    <message>
        <source>Notice of a mediation session</source>
        <translation>化解会议通知书</translation>
    </message>
    <message>
        <source>Minutes of a session</source>
        <translation>协调化解笔录</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>协调化解协议书</translation>
    </message>
    <message>
        <source>Approval of an extension</source>
        <translation>延长化解期限审批表</translation>
    </message>
    <message>
        <source>Notice of extension</source>
        <translation>延期通知书</translation>
    </message>
    <message>
        <source>Notice of termination</source>
        <translation>终止化解通知书</translation>
    </message>
    <message>
        <source>Mediation report</source>
        <translation>协调化解报告</translation>
    </message>
    <message>
        <source>Application for judicial confirmation</source>
        <translation>司法确认申请书</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>Follow-up record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>The printer cannot be used</source>
        <translation>无法使用该打印机</translation>
    </message>
    <message>
        <source>is not a file of the templates folder %1; a template cannot be a link to a file elsewhere</source>
        <translation>不是模板文件夹 %1 中的文件；模板不能是指向别处文件的链接</translation>
    </message>
    <message>
        <source>The document is %1 characters long; a document is laid out up to %2</source>
        <translation>文书长达 %1 个字符；文书排版至多 %2 个字符</translation>
    </message>
    <message>
        <source>The document has more than %1 paragraphs, cells and other parts; a document is laid out up to %1</source>
        <translation>文书的段落、单元格等部分超过 %1 个；文书排版至多 %1 个</translation>
    </message>
    <message>
        <source>The document has tables nested more than %1 deep</source>
        <translation>文书中的表格嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>There is no template set &quot;%1&quot; (the profile&apos;s center.templates)</source>
        <translation>没有文书模板组“%1”（规则配置的 center.templates）</translation>
    </message>
    <message>
        <source>Written opinion of the mediator</source>
        <translation>协调化解员书面意见</translation>
    </message>
    <message>
        <source>Invitation to take part early</source>
        <translation>提前介入邀请函</translation>
    </message>
    <message>
        <source>Reply to an invitation</source>
        <translation>提前介入回复函</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Registered</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改案件信息</translation>
    </message>
    <message>
        <source>Directory entries merged</source>
        <translation>合并名录条目</translation>
    </message>
    <message>
        <source>Session scheduled</source>
        <translation>安排化解会议</translation>
    </message>
    <message>
        <source>Session recorded</source>
        <translation>记录化解会议</translation>
    </message>
    <message>
        <source>Session rescheduled</source>
        <translation>化解会议改期</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>取消化解会议</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>Document served</source>
        <translation>送达文书</translation>
    </message>
    <message>
        <source>Receipt recorded</source>
        <translation>登记签收</translation>
    </message>
    <message>
        <source>Action corrected</source>
        <translation>更正操作</translation>
    </message>
    <message>
        <source>Action withdrawn</source>
        <translation>撤回操作</translation>
    </message>
    <message>
        <source>Registration voided</source>
        <translation>作废登记</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Record fixed for verification</source>
        <translation>记录数据校验值</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>User switched on</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>User switched off</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Legal officer</source>
        <translation>法制工作人员</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>所在法院</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation>所在检察院</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专业特长</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>Registration number pattern</source>
        <translation>登记号格式</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>委托代理人 %1</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>当事人同意日期</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation>争议行政行为</translation>
    </message>
    <message>
        <source>Act kind</source>
        <translation>行为类别</translation>
    </message>
    <message>
        <source>Enforcement domain</source>
        <translation>执法领域</translation>
    </message>
    <message>
        <source>Suitability ground</source>
        <translation>适宜化解情形</translation>
    </message>
    <message>
        <source>State</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>Persons on the applicant side</source>
        <translation>申请人一方人数</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>当事人身份</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>代理权限</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>代表人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>变更理由</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>召开方式</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>通知参会人员日期</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>邮件单号</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>送出日期</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation>委派案号</translation>
    </message>
    <message>
        <source>Original case number</source>
        <translation>原案号</translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation>委派单位</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>法官</translation>
    </message>
    <message>
        <source>Procurator</source>
        <translation>检察官</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主办人</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Reason for the short notice</source>
        <translation>通知期限不足的理由</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>笔录</translation>
    </message>
    <message>
        <source>Received by the referring body on</source>
        <translation>委托单位收案日期</translation>
    </message>
    <message>
        <source>Referral dated</source>
        <translation>委托日期</translation>
    </message>
</context>
<context>
    <name>File</name>
    <message>
        <source>The passphrase is wrong, or the encrypted backup has been changed or is not whole</source>
        <translation>口令错误，或加密备份已被改动、不完整</translation>
    </message>
    <message>
        <source>The encryption library cannot be started</source>
        <translation>无法启动加密库</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase</source>
        <translation>内存不足，无法由口令生成密钥</translation>
    </message>
    <message>
        <source>Cannot write the encrypted backup: %1</source>
        <translation>无法写入加密备份：%1</translation>
    </message>
    <message>
        <source>Cannot read the copy to encrypt: %1</source>
        <translation>无法读取待加密的副本：%1</translation>
    </message>
    <message>
        <source>This is not an encrypted Huajie backup</source>
        <translation>这不是化解的加密备份</translation>
    </message>
    <message>
        <source>This encrypted backup was written by a newer Huajie (version %1)</source>
        <translation>该加密备份由更新版本的化解写入（版本 %1）</translation>
    </message>
    <message>
        <source>Cannot read the encrypted backup: %1</source>
        <translation>无法读取加密备份：%1</translation>
    </message>
    <message>
        <source>Cannot write the decrypted copy: %1</source>
        <translation>无法写入解密后的副本：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it cannot be synced to the disk</source>
        <translation>无法同步写入磁盘</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot make the decrypted copy: %1</source>
        <translation>无法创建解密后的副本：%1</translation>
    </message>
    <message>
        <source>Cannot write the folder %1 to the disk</source>
        <translation>无法将文件夹 %1 写入磁盘</translation>
    </message>
    <message>
        <source>Cannot put %1 in place of %2</source>
        <translation>无法用 %1 替换 %2</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>must be text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>must be text with yuan and at most two decimals, e.g. &quot;1200.50&quot;</source>
        <translation>应为以元为单位、最多两位小数的文本，例如“1200.50”</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>不是可识别的键名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the form YYYY-MM-DDTHH:MM</source>
        <translation>“%1”不是 YYYY-MM-DDTHH:MM 格式的时间</translation>
    </message>
    <message>
        <source>must name at least one participant</source>
        <translation>至少应列明一名参会人员</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Signatures</source>
        <translation>签名（盖章）</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>生效条件</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>延长天数</translation>
    </message>
    <message>
        <source>Parties who consented</source>
        <translation>同意延长的当事人</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>申请提出人</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>中止结束日期</translation>
    </message>
    <message>
        <source>Send the notice to the agency</source>
        <translation>向行政机关发出通知书</translation>
    </message>
    <message>
        <source>Dispatched on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <source>Received by the agency on</source>
        <translation>行政机关签收日期</translation>
    </message>
    <message>
        <source>Record the agency&apos;s receipt of the notice</source>
        <translation>记录行政机关签收通知书</translation>
    </message>
    <message>
        <source>Record the agency&apos;s resolution plan</source>
        <translation>记录行政机关报送的实质性化解方案</translation>
    </message>
    <message>
        <source>Plan received on</source>
        <translation>方案收到日期</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>方案摘要</translation>
    </message>
    <message>
        <source>The agency&apos;s mediators</source>
        <translation>行政机关指定的化解人员</translation>
    </message>
    <message>
        <source>Start mediation</source>
        <translation>开始协调化解</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Record an absence of the agency&apos;s people</source>
        <translation>记录行政机关人员缺席</translation>
    </message>
    <message>
        <source>Absent on</source>
        <translation>缺席日期</translation>
    </message>
    <message>
        <source>Record the signed agreement</source>
        <translation>记录签订的协调化解协议</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>生效方式</translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Record that the agreement took effect</source>
        <translation>记录协议生效</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Record the application to withdraw the lawsuit</source>
        <translation>记录撤诉申请</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Record the court&apos;s ruling on withdrawal</source>
        <translation>记录法院对撤诉申请的裁定</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>裁定结果</translation>
    </message>
    <message>
        <source>Record the application for judicial confirmation</source>
        <translation>记录司法确认申请</translation>
    </message>
    <message>
        <source>Record the court&apos;s ruling on confirmation</source>
        <translation>记录法院对司法确认申请的裁定</translation>
    </message>
    <message>
        <source>Mediation statement number</source>
        <translation>行政调解书案号</translation>
    </message>
    <message>
        <source>Record performance of the agreement</source>
        <translation>记录协议履行情况</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Terminate mediation</source>
        <translation>终止化解</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>File the mediation report</source>
        <translation>出具协调化解报告</translation>
    </message>
    <message>
        <source>Report dated</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Facts, positions and why it failed</source>
        <translation>案件基本情况、当事人意见及未能成功化解的原因</translation>
    </message>
    <message>
        <source>Transfer the case back</source>
        <translation>将案件移交委派单位</translation>
    </message>
    <message>
        <source>Transferred on</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Record the follow-up visit</source>
        <translation>记录回访情况</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>What the parties said</source>
        <translation>当事人反馈意见</translation>
    </message>
    <message>
        <source>Archive the case</source>
        <translation>案件归档</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Reopen the archived case</source>
        <translation>重新启用已归档案件</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>重新启用理由</translation>
    </message>
    <message>
        <source>Suspend the time limit</source>
        <translation>中止化解期限</translation>
    </message>
    <message>
        <source>For</source>
        <translation>中止事由</translation>
    </message>
    <message>
        <source>From</source>
        <translation>中止起始日期</translation>
    </message>
    <message>
        <source>End the suspension</source>
        <translation>恢复计算期限</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>延长化解期限</translation>
    </message>
    <message>
        <source>Approved by (center head)</source>
        <translation>批准人（中心负责人）</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Referring unit told on</source>
        <translation>通知委派单位日期</translation>
    </message>
    <message>
        <source>The case is archived: reopen it first, with a reason.</source>
        <translation>案件已归档：请先重新启用并说明理由。</translation>
    </message>
    <message>
        <source>%1 holds only general authority for %2: an agent signs or withdraws only with special authority</source>
        <translation>%1 仅为 %2 的一般代理人：委托代理人须经特别授权方可代为签署协议或申请撤诉</translation>
    </message>
    <message>
        <source>Possible only when the case is: %1</source>
        <translation>仅在案件处于以下状态时可用：%1</translation>
    </message>
    <message>
        <source>The agency&apos;s receipt is already recorded.</source>
        <translation>已记录行政机关签收通知书。</translation>
    </message>
    <message>
        <source>Record first when the agency received the notice.</source>
        <translation>请先记录行政机关签收通知书的日期。</translation>
    </message>
    <message>
        <source>The time limit is already suspended.</source>
        <translation>化解期限已处于中止状态。</translation>
    </message>
    <message>
        <source>The time limit is not suspended.</source>
        <translation>化解期限未处于中止状态。</translation>
    </message>
    <message>
        <source>The time limit has been extended once already; it can be extended only once.</source>
        <translation>化解期限已延长过一次，只能延长一次。</translation>
    </message>
    <message>
        <source>Only for an agreement that takes effect on a condition not yet met.</source>
        <translation>仅适用于附条件生效且条件尚未成就的协议。</translation>
    </message>
    <message>
        <source>Withdrawal of the lawsuit has already been applied for.</source>
        <translation>已提出撤诉申请。</translation>
    </message>
    <message>
        <source>Only after an application to withdraw, and once.</source>
        <translation>仅在提出撤回申请后可用，且只能记录一次。</translation>
    </message>
    <message>
        <source>The agreement has not taken effect yet.</source>
        <translation>协调化解协议尚未生效。</translation>
    </message>
    <message>
        <source>Judicial confirmation has already been applied for.</source>
        <translation>已提出司法确认申请。</translation>
    </message>
    <message>
        <source>Only after an application for judicial confirmation, and once.</source>
        <translation>仅在提出司法确认申请后可用，且只能记录一次。</translation>
    </message>
    <message>
        <source>The mediation report is already filed.</source>
        <translation>已出具协调化解报告。</translation>
    </message>
    <message>
        <source>File the mediation report first.</source>
        <translation>请先出具协调化解报告。</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>不能晚于当前日期</translation>
    </message>
    <message>
        <source>cannot be before the registration date</source>
        <translation>不能早于登记日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是有效值，可选值为：%2</translation>
    </message>
    <message>
        <source>%1 is not a party to this case</source>
        <translation>%1 不是本案当事人</translation>
    </message>
    <message>
        <source>every person needs a name</source>
        <translation>每名人员均应填写姓名</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>%1 has not signed: the agreement needs every side&apos;s signature</source>
        <translation>%1 尚未签名：协调化解协议须经各方签名或盖章</translation>
    </message>
    <message>
        <source>is required when the agreement takes effect on a condition</source>
        <translation>协议附条件生效时为必填项</translation>
    </message>
    <message>
        <source>is required for the reason &quot;other&quot;</source>
        <translation>终止原因为“其他原因”时为必填项</translation>
    </message>
    <message>
        <source>possible only when the agency missed its plan deadline or its people were absent twice (%1 absences recorded)</source>
        <translation>仅在行政机关逾期未报送方案或其人员两次缺席时可选（已记录缺席 %1 次）</translation>
    </message>
    <message>
        <source>must be from 1 to %1 days</source>
        <translation>应为 1 至 %1 日</translation>
    </message>
    <message>
        <source>%1 has not consented: an extension needs every party&apos;s consent</source>
        <translation>%1 尚未同意：延长化解期限须经各方当事人同意</translation>
    </message>
    <message>
        <source>%1 is neither an applicant nor an applicant&apos;s agent</source>
        <translation>%1 既不是申请人，也不是申请人的委托代理人</translation>
    </message>
    <message>
        <source>cannot be before the suspension began (%1)</source>
        <translation>不能早于期限中止的开始日期（%1）</translation>
    </message>
    <message>
        <source>cannot be before the notice was sent</source>
        <translation>不能早于通知书发出日期</translation>
    </message>
    <message>
        <source>cannot be before the agreement was signed</source>
        <translation>不能早于协议签订日期</translation>
    </message>
    <message>
        <source>The case has no agreement to perform.</source>
        <translation>本案尚无可供履行的协议。</translation>
    </message>
    <message>
        <source>overlaps the previous suspension</source>
        <translation>与前一次期限中止重叠</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action; the actions are: %2</source>
        <translation>“%1”不是有效操作，可用操作为：%2</translation>
    </message>
    <message>
        <source>The time limit ran out on %1: it can no longer be extended.</source>
        <translation>化解期限已于 %1 届满，不能再延长。</translation>
    </message>
    <message>
        <source>Nothing has been recorded on this case since its registration: there is no action to correct or withdraw.</source>
        <translation>本案登记后尚未记录任何操作，没有可更正或撤回的操作。</translation>
    </message>
    <message>
        <source>the document %1 %2 issued on %3</source>
        <translation>%3制发的%1%2</translation>
    </message>
    <message>
        <source>the session recorded on %1</source>
        <translation>%1记录的协调会</translation>
    </message>
    <message>
        <source>a change recorded on %1</source>
        <translation>%1记录的变更</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>is required: say why the record is put right</source>
        <translation>为必填项，请说明更正记录的原因</translation>
    </message>
    <message>
        <source>the center&apos;s rules</source>
        <translation>本中心规则</translation>
    </message>
    <message>
        <source>the center&apos;s rules (%1)</source>
        <translation>本中心规则（%1）</translation>
    </message>
    <message>
        <source>Only for a case that comes from a reconsideration, where %1 offer this step.</source>
        <translation>仅适用于来自行政复议的案件，且%1设有此步骤。</translation>
    </message>
    <message>
        <source>The reconsideration mediation statement is already recorded.</source>
        <translation>行政复议调解书已经记录。</translation>
    </message>
    <message>
        <source>The applicant has applied to withdraw the reconsideration application.</source>
        <translation>申请人已申请撤回行政复议申请。</translation>
    </message>
    <message>
        <source>The reconsideration ends with its mediation statement: there is nothing to withdraw.</source>
        <translation>行政复议已以调解书了结，没有可撤回的申请。</translation>
    </message>
    <message>
        <source>Withdrawal of the reconsideration application has already been applied for.</source>
        <translation>已经申请撤回行政复议申请。</translation>
    </message>
    <message>
        <source>The center&apos;s rules provide no invitation to take part for cases from this source.</source>
        <translation>本中心规则未对此来源的案件规定邀请参与化解。</translation>
    </message>
    <message>
        <source>Only for reconsideration cases, whose invitation follows the acceptance.</source>
        <translation>仅适用于受理后邀请的行政复议案件。</translation>
    </message>
    <message>
        <source>The acceptance of the reconsideration application is already recorded.</source>
        <translation>行政复议申请的受理已记录。</translation>
    </message>
    <message>
        <source>Record first when the reconsideration application was accepted.</source>
        <translation>请先记录行政复议申请的受理日期。</translation>
    </message>
    <message>
        <source>Every body the rules name has been invited.</source>
        <translation>规则所列机关均已邀请。</translation>
    </message>
    <message>
        <source>No invitation sent is waiting for its receipt.</source>
        <translation>没有待记录收到日期的邀请。</translation>
    </message>
    <message>
        <source>No invitation received is waiting for its reply.</source>
        <translation>没有待记录回复的已收到邀请。</translation>
    </message>
    <message>
        <source>The agency&apos;s plan is already recorded.</source>
        <translation>行政机关的化解方案已经记录。</translation>
    </message>
    <message>
        <source>Record the agency&apos;s resolution plan first: %1 require it before mediation starts.</source>
        <translation>请先记录行政机关的实质性化解方案：%1要求在开展协调化解前提交。</translation>
    </message>
    <message>
        <source>The agency&apos;s liaison staff are already recorded.</source>
        <translation>行政机关联络人员已登记。</translation>
    </message>
    <message>
        <source>The case comes from a reconsideration, not a lawsuit: no court rules on its withdrawal.</source>
        <translation>本案来自行政复议而非行政诉讼，没有由法院裁定的撤诉。</translation>
    </message>
    <message>
        <source>The agreement has taken effect: a party can no longer go back on it.</source>
        <translation>协议已经生效，当事人不能再反悔。</translation>
    </message>
    <message>
        <source>The follow-up visit is already recorded.</source>
        <translation>回访已登记。</translation>
    </message>
    <message>
        <source>The agreement has not taken effect yet: the mediation has not ended.</source>
        <translation>协议尚未生效，协调化解尚未结束。</translation>
    </message>
    <message>
        <source>after the agreement is signed, possible only for the reason &quot;%1&quot;</source>
        <translation>协议签订后，只能以“%1”为由终止</translation>
    </message>
    <message>
        <source>possible only once the time limit has run out, and this case has no time limit</source>
        <translation>仅在化解期限届满后可选，而本案没有化解期限</translation>
    </message>
    <message>
        <source>possible only once the time limit has run out: it runs until %1</source>
        <translation>仅在化解期限届满后可选：期限至 %1 届满</translation>
    </message>
    <message>
        <source>possible only after the mediator&apos;s written opinion has been issued (the documents of the case)</source>
        <translation>仅在出具协调化解员书面意见（见案件文书）后可选</translation>
    </message>
    <message>
        <source>possible only when the agency&apos;s people were absent twice (%1 absences recorded)</source>
        <translation>仅在行政机关指定人员两次缺席时可选（已记录缺席 %1 次）</translation>
    </message>
    <message>
        <source>under %1 the invitation for these cases comes from: %2</source>
        <translation>依照%1，此类案件由%2发出邀请</translation>
    </message>
    <message>
        <source>Inviting body</source>
        <translation>邀请机关</translation>
    </message>
    <message>
        <source>under %1 the invitation goes to: %2</source>
        <translation>依照%1，邀请对象为：%2</translation>
    </message>
    <message>
        <source>Invited body</source>
        <translation>被邀请机关</translation>
    </message>
    <message>
        <source>%1 has been invited already</source>
        <translation>已邀请%1</translation>
    </message>
    <message>
        <source>cannot be before the reconsideration application was accepted</source>
        <translation>不能早于行政复议申请受理日期</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <source>%1 has not been invited</source>
        <translation>未邀请%1</translation>
    </message>
    <message>
        <source>the receipt by %1 is already recorded</source>
        <translation>%1收到邀请的日期已记录</translation>
    </message>
    <message>
        <source>cannot be before the invitation was sent (%1)</source>
        <translation>不能早于邀请发出日期（%1）</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>record first when %1 received the invitation</source>
        <translation>请先记录%1收到邀请的日期</translation>
    </message>
    <message>
        <source>the reply of %1 is already recorded</source>
        <translation>%1的回复已记录</translation>
    </message>
    <message>
        <source>cannot be before the invitation was received (%1)</source>
        <translation>不能早于收到邀请的日期（%1）</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <source>is required when the invited body takes part</source>
        <translation>被邀请机关参与时必须填写</translation>
    </message>
    <message>
        <source>Person sent</source>
        <translation>派员</translation>
    </message>
    <message>
        <source>Record the agency&apos;s liaison staff</source>
        <translation>登记行政机关联络人员</translation>
    </message>
    <message>
        <source>Named on</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>Liaison staff</source>
        <translation>联络人员</translation>
    </message>
    <message>
        <source>cannot be before the agency received the notice</source>
        <translation>不能早于行政机关收到通知书的日期</translation>
    </message>
    <message>
        <source>%1 needs a phone number</source>
        <translation>%1须留联系电话</translation>
    </message>
    <message>
        <source>Record the application to withdraw the reconsideration application</source>
        <translation>记录撤回行政复议申请</translation>
    </message>
    <message>
        <source>Record the reconsideration body&apos;s decision on the withdrawal</source>
        <translation>记录复议机构对撤回申请的决定</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>cannot be before the withdrawal was applied for</source>
        <translation>不能早于申请撤回的日期</translation>
    </message>
    <message>
        <source>Record the reconsideration mediation statement</source>
        <translation>记录行政复议调解书</translation>
    </message>
    <message>
        <source>Statement made on</source>
        <translation>调解书制作日期</translation>
    </message>
    <message>
        <source>Reconsideration mediation statement number</source>
        <translation>行政复议调解书文号</translation>
    </message>
    <message>
        <source>cannot be before the mediation ended (%1)</source>
        <translation>不能早于协调化解结束之日（%1）</translation>
    </message>
    <message>
        <source>Record the acceptance of the reconsideration application</source>
        <translation>记录行政复议申请受理</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Send an invitation to take part</source>
        <translation>发出参与化解邀请</translation>
    </message>
    <message>
        <source>Record the receipt of the invitation</source>
        <translation>记录邀请函收到日期</translation>
    </message>
    <message>
        <source>Record the written reply to the invitation</source>
        <translation>记录邀请的书面回复</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>是否参与</translation>
    </message>
    <message>
        <source>The center&apos;s rules set this case no time limit: there is none to suspend or extend.</source>
        <translation>本中心规则方案对本案未设化解期限，无期限可中止或延长。</translation>
    </message>
    <message>
        <source>%1 is neither %2, its legal representative nor one of its agents</source>
        <translation>%1既不是%2，也不是其法定代表人或委托代理人</translation>
    </message>
</context>
<context>
    <name>OpenStore</name>
    <message>
        <source>Database in use</source>
        <translation>数据库正在使用中</translation>
    </message>
    <message>
        <source>Only one desk may change a database. Open it read-only, to look without changing anything?</source>
        <translation>一个数据库只能由一个工作台更改。是否以只读方式打开，只查看而不作任何更改？</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Huajie</source>
        <translation>化解</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Database missing</source>
        <translation>数据库不存在</translation>
    </message>
    <message>
        <source>The database %1 is missing, but there are backups of it in %2: it may have been lost. The newest copy was made %3 (%4):
%5</source>
        <translation>数据库 %1 不存在，但 %2 中有它的备份：数据库可能已丢失。最新的备份制作于 %3（%4）：
%5</translation>
    </message>
    <message>
        <source>Restore that copy, or create a new, empty database? A new one numbers cases from 1 again; the backups stay where they are.</source>
        <translation>用该备份恢复，还是新建一个空数据库？新数据库的案件将重新从第1号编起；备份仍保留原处。</translation>
    </message>
    <message>
        <source>Restore the newest copy</source>
        <translation>用最新备份恢复</translation>
    </message>
    <message>
        <source>Create a new, empty database</source>
        <translation>新建空数据库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>none in this period</source>
        <translation>本期无数据</translation>
    </message>
    <message>
        <source>New and concluded cases by month</source>
        <translation>各月新收与办结案件</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新收</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>New cases by source</source>
        <translation>新收案件来源分布</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Terminated: %1</source>
        <translation>终止：%1</translation>
    </message>
    <message>
        <source>How the concluded cases ended</source>
        <translation>办结案件化解结果</translation>
    </message>
    <message>
        <source>Agencies with the most new cases</source>
        <translation>新收案件较多的行政机关</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Only a whole month&apos;s report can be frozen.</source>
        <translation>只能锁定整月的报表。</translation>
    </message>
    <message>
        <source>%1 is not over yet: it can be frozen from %2 on.</source>
        <translation>%1 尚未结束：自 %2 起方可锁定。</translation>
    </message>
    <message>
        <source>%1 was frozen on %2 by %3.</source>
        <translation>%1 已于 %2 由 %3 锁定。</translation>
    </message>
    <message>
        <source>concluded on %1, before it was registered on %2</source>
        <translation>办结日期 %1 早于登记日期 %2</translation>
    </message>
    <message>
        <source>its source &quot;%1&quot; is not one of: %2</source>
        <translation>案件来源“%1”不在以下范围内：%2</translation>
    </message>
    <message>
        <source>terminated on %1 without a known reason</source>
        <translation>于 %1 终止，但未记录终止原因</translation>
    </message>
    <message>
        <source>its state is &quot;%1&quot; but no agreement or termination is recorded</source>
        <translation>状态为“%1”，但未记录达成协议或终止化解</translation>
    </message>
    <message>
        <source>its state is &quot;%1&quot; but it concluded on %2</source>
        <translation>状态为“%1”，但已于 %2 办结</translation>
    </message>
    <message>
        <source>The report for %1 does not balance; it is not written until these cases are put right:
%2</source>
        <translation>%1 的报表不平衡；以下案件更正之前不予写出：
%2</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot start the workbook %1</source>
        <translation>无法创建工作簿 %1</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read back the workbook: %1</source>
        <translation>无法读回工作簿：%1</translation>
    </message>
    <message>
        <source>A report needs a period whose first day is not after its last.</source>
        <translation>统计期间的起始日不得晚于截止日。</translation>
    </message>
    <message>
        <source>The ledger is written as XLSX, CSV or PDF.</source>
        <translation>台账只能导出为 XLSX、CSV 或 PDF。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>case %1</source>
        <translation>第 %1 件案件</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>不存在 ID 为 %1 的案件</translation>
    </message>
    <message>
        <source>There is no case numbered %1</source>
        <translation>不存在登记号为 %1 的案件</translation>
    </message>
    <message>
        <source>This entry is used by cases and cannot be deleted.</source>
        <translation>该条目已被案件引用，不能删除。</translation>
    </message>
    <message>
        <source>This database was written by a newer Huajie (schema %1; this program knows up to %2). Update the program to open it.</source>
        <translation>此数据库由更高版本的化解程序写入（结构版本 %1；本程序最高支持 %2）。请升级程序后再打开。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Huajie database: %2</source>
        <translation>%1 不是化解数据库：%2</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此项修改：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a new case starts as registered, with nothing done yet</source>
        <translation>新案件应为“已登记”状态，且尚无任何办理进展</translation>
    </message>
    <message>
        <source>event %1 is missing before event %2</source>
        <translation>事件 %2 之前缺少事件 %1</translation>
    </message>
    <message>
        <source>event %1 does not follow the event before it: an event was removed, inserted or reordered</source>
        <translation>事件 %1 与其前一事件不衔接：有事件被删除、插入或调换顺序</translation>
    </message>
    <message>
        <source>event %1 was changed after it was written</source>
        <translation>事件 %1 在写入后被改动</translation>
    </message>
    <message>
        <source>the log ends at event %1 but its recorded end is event %2: events were removed from or added to its end</source>
        <translation>日志止于事件 %1，但记录的末尾为事件 %2：日志末尾有事件被删除或添加</translation>
    </message>
    <message>
        <source>must be a year from 1990 to 2100</source>
        <translation>应为 1990 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>a holiday-cn file has the lists &quot;papers&quot; and &quot;days&quot;</source>
        <translation>holiday-cn 文件应包含“papers”和“days”两个列表</translation>
    </message>
    <message>
        <source>an entry has no valid date or isOffDay: %1</source>
        <translation>条目缺少有效的 date 或 isOffDay：%1</translation>
    </message>
    <message>
        <source>say why the calendar changes</source>
        <translation>请说明变更日历的理由</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 %2 至 %3</translation>
    </message>
    <message>
        <source>%1 is booked for %2, %3</source>
        <translation>%1 已被 %2 占用（%3）</translation>
    </message>
    <message>
        <source>%1 is in the session of %2, %3</source>
        <translation>%1 已参加 %2 的化解会议（%3）</translation>
    </message>
    <message>
        <source>cannot be before the case was registered (%1)</source>
        <translation>不能早于案件登记日期（%1）</translation>
    </message>
    <message>
        <source>must be from 15 to 720 minutes</source>
        <translation>应为 15 至 720 分钟</translation>
    </message>
    <message>
        <source>cannot be after the session</source>
        <translation>不能晚于化解会议召开日期</translation>
    </message>
    <message>
        <source>a session by video or phone needs every side&apos;s consent</source>
        <translation>以视频或电话方式召开化解会议须经争议各方同意</translation>
    </message>
    <message>
        <source>choose a room of the center or name the place</source>
        <translation>请选择本中心的房间，或填写地点</translation>
    </message>
    <message>
        <source>there is no room named %1 in the directory</source>
        <translation>名录中不存在名为 %1 的房间</translation>
    </message>
    <message>
        <source>notified on %1, the participants may be called no earlier than %2 (%3 days&apos; notice, holidays counted); give a reason to hold it sooner</source>
        <translation>于 %1 通知参会人员的，化解会议最早可于 %2 召开（应提前 %3 日通知，节假日计入）；如需提前召开，请说明理由</translation>
    </message>
    <message>
        <source>the session has not taken place yet (%1)</source>
        <translation>化解会议尚未召开（%1）</translation>
    </message>
    <message>
        <source>%1 is not a participant of this session</source>
        <translation>%1 不是本次化解会议的参会人员</translation>
    </message>
    <message>
        <source>say whether %1 attended</source>
        <translation>请说明 %1 是否出席</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>不存在 ID 为 %1 的化解会议</translation>
    </message>
    <message>
        <source>cannot be before it was sent (%1)</source>
        <translation>不得早于送出日期（%1）</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>不得晚于今天</translation>
    </message>
    <message>
        <source>There is no issued document %1</source>
        <translation>不存在编号为 %1 的已出具文书</translation>
    </message>
    <message>
        <source>is required for service by post</source>
        <translation>邮寄送达时必须填写</translation>
    </message>
    <message>
        <source>cannot be before the document was issued (%1)</source>
        <translation>不得早于文书出具日期（%1）</translation>
    </message>
    <message>
        <source>The receipt was recorded already (%1)</source>
        <translation>已记录过签收（%1）</translation>
    </message>
    <message>
        <source>There is no service record %1</source>
        <translation>不存在编号为 %1 的送达记录</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>There is no backup %1</source>
        <translation>备份 %1 不存在</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database</source>
        <translation>%1 无法作为数据库打开</translation>
    </message>
    <message>
        <source>%1 is not a database</source>
        <translation>%1 不是数据库</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 holds no Huajie cases</source>
        <translation>%1 中没有化解案件数据</translation>
    </message>
    <message>
        <source>%1 was written by a newer Huajie (schema %2)</source>
        <translation>%1 由更新版本的化解写入（结构版本 %2）</translation>
    </message>
    <message>
        <source>There is no database %1 to read</source>
        <translation>没有可读取的数据库 %1</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be changed until it is opened for writing.</source>
        <translation>数据库以只读方式打开：以写入方式打开之前，不能作任何更改。</translation>
    </message>
    <message>
        <source>%1 is of schema %2, not %3: open it for writing once to upgrade it</source>
        <translation>%1 的结构版本为 %2，而非 %3：请以写入方式打开一次以升级</translation>
    </message>
    <message>
        <source>%1 is open for writing in another program</source>
        <translation>%1 正在被另一个程序写入</translation>
    </message>
    <message>
        <source>%1 is open for writing in %2 (process %3 on %4)</source>
        <translation>%1 正在被 %2 写入（%4 上的进程 %3）</translation>
    </message>
    <message>
        <source>Cannot lock %1 for writing</source>
        <translation>无法锁定 %1 以写入</translation>
    </message>
    <message>
        <source>give a word to search for</source>
        <translation>请输入要查找的内容</translation>
    </message>
    <message>
        <source>say why the session changes</source>
        <translation>须说明化解会议改期或取消的原因</translation>
    </message>
    <message>
        <source>the session of %1 has been held: it can no longer be moved or cancelled</source>
        <translation>%1 的化解会议已经召开，不能再改期或取消</translation>
    </message>
    <message>
        <source>the session of %1 was cancelled</source>
        <translation>%1 的化解会议已取消</translation>
    </message>
    <message>
        <source>the session is already at that time and place</source>
        <translation>化解会议已安排在该时间和地点</translation>
    </message>
    <message>
        <source>The registration of %1 was voided: nothing more is done with this case.</source>
        <translation>%1 已作废登记，不能再对本案办理任何操作。</translation>
    </message>
    <message>
        <source>Recorded after it and resting on it: %1.</source>
        <translation>其后已有依赖该操作的记录：%1。</translation>
    </message>
    <message>
        <source>The corrected values are the ones recorded: nothing changes.</source>
        <translation>更正后的内容与原记录相同，无需更正。</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>%1 is not a backup in %2</source>
        <translation>%1 不是 %2 中的备份</translation>
    </message>
    <message>
        <source>There is no entry %1 in %2</source>
        <translation>%2中没有条目 %1</translation>
    </message>
    <message>
        <source>An entry cannot be merged into itself</source>
        <translation>条目不能与其自身合并</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>at close</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Backup %1 cannot be read: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
    <message>
        <source>Since backup %1, the events from %2 on were removed: the log now ends at event %3</source>
        <translation>自备份 %1 以来，事件 %2 及其后的事件被删除：事件日志现止于事件 %3</translation>
    </message>
    <message>
        <source>Since backup %1, event %2 was removed</source>
        <translation>自备份 %1 以来，事件 %2 被删除</translation>
    </message>
    <message>
        <source>Since backup %1, event %2 was rewritten</source>
        <translation>自备份 %1 以来，事件 %2 被改写</translation>
    </message>
    <message>
        <source>Issued document %1%2</source>
        <translation>文书 %1%2</translation>
    </message>
    <message>
        <source>%1 of event %2 is no longer there</source>
        <translation>事件 %2 出具的%1已不存在</translation>
    </message>
    <message>
        <source>%1 has no issuing event in the log</source>
        <translation>%1在事件日志中没有出具事件</translation>
    </message>
    <message>
        <source>%1 is not the one event %2 issued: its text and hash were replaced</source>
        <translation>%1不是事件 %2 所出具的文书：其正文和哈希均被替换</translation>
    </message>
    <message>
        <source>%1 was changed after it was issued: its text no longer matches its hash</source>
        <translation>%1出具后被修改：其正文与哈希不符</translation>
    </message>
    <message>
        <source>%1 carries the record anchor %2, which names no event of the log: the log was rewritten</source>
        <translation>%1所载记录锚点 %2 与事件日志中的任何事件均不符：事件日志被改写</translation>
    </message>
    <message>
        <source>The frozen report of %1 (event %2) is no longer there</source>
        <translation>%1 的冻结报表（事件 %2）已不存在</translation>
    </message>
    <message>
        <source>The frozen report of %1 has no freezing event in the log</source>
        <translation>%1 的冻结报表在事件日志中没有冻结事件</translation>
    </message>
    <message>
        <source>The frozen report of %1 is not the one event %2 froze: its figures and hash were replaced</source>
        <translation>%1 的冻结报表不是事件 %2 所冻结的报表：其数据和哈希均被替换</translation>
    </message>
    <message>
        <source>The frozen report of %1 was changed after it was frozen: its figures no longer match its hash</source>
        <translation>%1 的冻结报表冻结后被修改：其数据与哈希不符</translation>
    </message>
    <message>
        <source>The frozen report of %1 carries the record anchor %2, which names no event of the log: the log was rewritten</source>
        <translation>%1 的冻结报表所载记录锚点 %2 与事件日志中的任何事件均不符：事件日志被改写</translation>
    </message>
    <message>
        <source>The record anchor %1 matches event %2 of the log</source>
        <translation>记录锚点 %1 与事件日志中的事件 %2 相符</translation>
    </message>
    <message>
        <source>The record anchor %1 does not match the empty log</source>
        <translation>记录锚点 %1 与空的事件日志不符</translation>
    </message>
    <message>
        <source>The record anchor %1 names event %2, which is not in the log (it ends at event %3): events were removed</source>
        <translation>记录锚点 %1 指向事件 %2，但事件日志中没有该事件（日志止于事件 %3）：有事件被删除</translation>
    </message>
    <message>
        <source>The record anchor %1 does not match event %2, whose hash begins %3: the log was rewritten at or before event %2</source>
        <translation>记录锚点 %1 与事件 %2 不符（该事件哈希以 %3 开头）：事件日志在事件 %2 或其之前被改写</translation>
    </message>
    <message>
        <source>is larger than %1 KB, more than a year&apos;s holidays hold</source>
        <translation>超过 %1 KB，一年的节假日数据不会这么大</translation>
    </message>
    <message>
        <source>%1 is not in the file&apos;s year %2 (nor from 20 December before it, where its New Year&apos;s holiday may begin)</source>
        <translation>%1 不在文件所属年份 %2 内（也不在其前一年12月20日以后，即元旦假期可能开始的时段）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB, more than such a file holds; it is not read</source>
        <translation>%1 超过 %2 KB，超出此类文件应有的大小，不予读取</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk</source>
        <translation>无法将 %1 写入磁盘</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>无法将数据库复制到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a database as this program makes it (schema %2): %3</source>
        <translation>%1 与本程序建立的数据库不符（结构版本 %2）：%3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 is open for writing elsewhere: close it there before restoring</source>
        <translation>%1 正由其他程序写入：请先在那里关闭，再恢复</translation>
    </message>
    <message>
        <source>%1 exists: open it to restore over it</source>
        <translation>%1 已存在：须先打开它，才能用备份替换</translation>
    </message>
    <message>
        <source>%1 is in use by another program: close it there before restoring</source>
        <translation>%1 正被其他程序使用：请先在那里关闭，再恢复</translation>
    </message>
    <message>
        <source>event %1 is dated %2, earlier than the event before it (%3): the clock was set back, or the event was written with another day</source>
        <translation>事件 %1 的时间为 %2，早于其前一个事件（%3）：系统时钟被调回，或该事件以另一日期写入</translation>
    </message>
    <message>
        <source>case %1 has no event: it was added to the database directly</source>
        <translation>案件 %1 没有任何事件：它是被直接添加到数据库中的</translation>
    </message>
    <message>
        <source>the data of case %1 was changed directly after event %2</source>
        <translation>案件 %1 的数据在事件 %2 之后被直接改动</translation>
    </message>
    <message>
        <source>a case (id %1) was removed from the database directly after event %2</source>
        <translation>一个案件（内部编号 %1）在事件 %2 之后被直接从数据库中删除</translation>
    </message>
    <message>
        <source>user %1 has no event: the account was added to the database directly</source>
        <translation>用户 %1 没有任何事件：该账户是被直接添加到数据库中的</translation>
    </message>
    <message>
        <source>the account of user %1 was changed directly after event %2</source>
        <translation>用户 %1 的账户在事件 %2 之后被直接改动</translation>
    </message>
    <message>
        <source>the account of user %1 was removed from the database directly after event %2</source>
        <translation>用户 %1 的账户在事件 %2 之后被直接从数据库中删除</translation>
    </message>
    <message>
        <source>the settings were changed in the database directly, with no event</source>
        <translation>设置被直接在数据库中改动，没有相应的事件</translation>
    </message>
    <message>
        <source>the settings were changed directly after event %1</source>
        <translation>设置在事件 %1 之后被直接改动</translation>
    </message>
    <message>
        <source>Backup %1 is of the database the restore of event %2 replaced: compared up to it</source>
        <translation>备份 %1 属于事件 %2 的恢复所替换的数据库：已比对至该事件</translation>
    </message>
    <message>
        <source>Backup %1 parts from the log at the restore of event %2, but no backup is of the database that restore replaced (the copy kept before it): the restore may have been written by hand</source>
        <translation>备份 %1 在事件 %2 的恢复处与当前日志分岔，但没有任何备份属于该次恢复所替换的数据库（即恢复前保留的副本）：该恢复事件可能是手工写入的</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>table %1 lacks column %2</source>
        <translation>表 %1 缺少列 %2</translation>
    </message>
    <message>
        <source>column %2 of table %1 differs in its type, constraint or default</source>
        <translation>表 %1 的列 %2 的类型、约束或默认值不同</translation>
    </message>
    <message>
        <source>table %1 has an extra column %2</source>
        <translation>表 %1 多出列 %2</translation>
    </message>
    <message>
        <source>the columns of table %1 are in another order</source>
        <translation>表 %1 的列顺序不同</translation>
    </message>
    <message>
        <source>Cannot open a database in memory</source>
        <translation>无法在内存中打开数据库</translation>
    </message>
    <message>
        <source>there is no %1 %2</source>
        <translation>缺少%1 %2</translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3</source>
        <translation>%1 是%2，不是%3</translation>
    </message>
    <message>
        <source>%1 %2 is on %3, not on %4</source>
        <translation>%1 %2 建在 %3 上，而不是 %4 上</translation>
    </message>
    <message>
        <source>%1 %2 is defined otherwise than this program defines it</source>
        <translation>%1 %2 的定义与本程序不同</translation>
    </message>
    <message>
        <source>an extra %1 %2</source>
        <translation>多出%1 %2</translation>
    </message>
    <message>
        <source>There is no database %1</source>
        <translation>数据库 %1 不存在</translation>
    </message>
    <message>
        <source>%1 (made %2, %3)</source>
        <translation>%1（制作于 %2，%3）</translation>
    </message>
    <message>
        <source>There are no backups of it in %1.</source>
        <translation>%1 中没有它的备份。</translation>
    </message>
    <message>
        <source>Its newest backups:</source>
        <translation>它最新的备份：</translation>
    </message>
    <message>
        <source>HUAJIE_TODAY is set: another day is only for trying the program, and this database has users, whose events carry the real time. Unset HUAJIE_TODAY and start again.</source>
        <translation>已设置 HUAJIE_TODAY：指定其他日期仅供试用本程序，而本数据库已有用户，其事件必须记录真实时间。请取消 HUAJIE_TODAY 后重新启动。</translation>
    </message>
    <message>
        <source>Backup %1 parts from the log before the restore of event %2 and is not of the database that restore replaced: it cannot be compared</source>
        <translation>备份 %1 在事件 %2 的恢复之前即与当前日志分岔，且不属于该次恢复所替换的数据库：无法比对</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must contain {year} and {seq}, e.g. （{year}）化解字第{seq}号</source>
        <translation>应包含 {year} 和 {seq}，例如（{year}）化解字第{seq}号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是有效值，可选值为：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in %2</source>
        <translation>“%1”已存在于%2中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>“%1”不是有效的电话号码</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>不能晚于当前日期</translation>
    </message>
    <message>
        <source>no case is registered without the party&apos;s consent: enter its date</source>
        <translation>未经当事人同意不予登记，请填写同意日期</translation>
    </message>
    <message>
        <source>consent must be given on or before the registration date</source>
        <translation>不得晚于登记日期</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>the birth date %1 does not match the ID number (%2)</source>
        <translation>出生日期 %1 与公民身份号码不符（应为 %2）</translation>
    </message>
    <message>
        <source>does not match the ID number</source>
        <translation>与公民身份号码不符</translation>
    </message>
    <message>
        <source>only organisations have a credit code</source>
        <translation>仅法人或其他组织填写统一社会信用代码</translation>
    </message>
    <message>
        <source>organisations have a credit code, not a resident ID number</source>
        <translation>法人或其他组织应填写统一社会信用代码，而非公民身份号码</translation>
    </message>
    <message>
        <source>a party may appoint one or two agents, not %1</source>
        <translation>每方当事人可以委托一至二名代理人，当前为 %1 名</translation>
    </message>
    <message>
        <source>the party will not attend in person, so at least one agent must hold special authority</source>
        <translation>当事人本人不出席，至少应有一名委托代理人获得特别授权</translation>
    </message>
    <message>
        <source>at least one applicant is required</source>
        <translation>至少应有一名申请人</translation>
    </message>
    <message>
        <source>at least one respondent agency is required</source>
        <translation>至少应有一个涉争议行政机关</translation>
    </message>
    <message>
        <source>with several respondent agencies, mark exactly one as the lead (%1 marked)</source>
        <translation>涉争议行政机关有多个的，应当且只能指定一个牵头部门（当前指定了 %1 个）</translation>
    </message>
    <message>
        <source>is %1 but %2 applicants are listed</source>
        <translation>为 %1，但已列明 %2 名申请人</translation>
    </message>
    <message>
        <source>a side of more than 10 persons appoints 2 to 5 representatives (%1 listed)</source>
        <translation>一方当事人超过 10 人的，应推选 2 至 5 名代表人（当前列明 %1 名）</translation>
    </message>
    <message>
        <source>representatives are appointed only by a side of more than 10 persons</source>
        <translation>仅一方当事人超过 10 人时推选代表人</translation>
    </message>
    <message>
        <source>must have 18 characters, not %1</source>
        <translation>应为 18 位，当前为 %1 位</translation>
    </message>
    <message>
        <source>character %1 (%2) is not allowed: use 0-9 and A-Y without I, O, S, V, Z</source>
        <translation>第 %1 位字符（%2）无效：只能使用 0-9 以及除 I、O、S、V、Z 以外的 A-Y</translation>
    </message>
    <message>
        <source>characters 3 to 8 are the region code and must be digits</source>
        <translation>第 3 至 8 位为行政区划码，应为数字</translation>
    </message>
    <message>
        <source>the check character is wrong (expected %1)</source>
        <translation>校验码错误（应为 %1）</translation>
    </message>
    <message>
        <source>the first 17 characters must be digits</source>
        <translation>前 17 位应为数字</translation>
    </message>
    <message>
        <source>the last character must be a digit or X</source>
        <translation>最后一位应为数字或 X</translation>
    </message>
    <message>
        <source>%1 is not a province code</source>
        <translation>%1 不是有效的省级行政区划代码</translation>
    </message>
    <message>
        <source>%1 is not a real birth date</source>
        <translation>%1 不是有效的出生日期</translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于当前日期</translation>
    </message>
    <message>
        <source>the check digit is wrong (expected %1)</source>
        <translation>校验码错误（应为 %1）</translation>
    </message>
    <message>
        <source>every participant needs a name</source>
        <translation>每名参会人员均应填写姓名或名称</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>长度为 %1 个字符，最多允许 %2 个</translation>
    </message>
    <message>
        <source>holds the character U+%1 at position %2, which is not text</source>
        <translation>第 %2 个位置含有字符 U+%1，不是文本</translation>
    </message>
    <message>
        <source>cannot be before 1900</source>
        <translation>不能早于 1900 年</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not offered by this center&apos;s profile; it offers: %2</source>
        <translation>“%1”不在本中心规则方案提供的范围内，可选：%2</translation>
    </message>
    <message>
        <source>cannot be after the registration date (%1)</source>
        <translation>不能晚于登记日期（%1）</translation>
    </message>
    <message>
        <source>cannot be before the referring body received the case (%1)</source>
        <translation>不能早于委托单位收案日期（%1）</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Agency notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Plan received</source>
        <translation>方案已报送</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>化解中</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Transferred back</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Court, before filing</source>
        <translation>法院诉前委派</translation>
    </message>
    <message>
        <source>Court, during trial</source>
        <translation>法院诉中委派</translation>
    </message>
    <message>
        <source>Administrative reconsideration</source>
        <translation>行政复议</translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation>检察院</translation>
    </message>
    <message>
        <source>Petition office</source>
        <translation>信访部门</translation>
    </message>
    <message>
        <source>Direct application</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative coercion</source>
        <translation>行政强制</translation>
    </message>
    <message>
        <source>Expropriation or requisition</source>
        <translation>行政征收/征用</translation>
    </message>
    <message>
        <source>Administrative compensation</source>
        <translation>行政补偿</translation>
    </message>
    <message>
        <source>State indemnity</source>
        <translation>行政赔偿</translation>
    </message>
    <message>
        <source>Administrative benefit</source>
        <translation>行政给付</translation>
    </message>
    <message>
        <source>Failure to perform statutory duty</source>
        <translation>不履行法定职责</translation>
    </message>
    <message>
        <source>Government information disclosure</source>
        <translation>政府信息公开</translation>
    </message>
    <message>
        <source>Work injury determination</source>
        <translation>工伤认定</translation>
    </message>
    <message>
        <source>Administrative registration</source>
        <translation>行政登记</translation>
    </message>
    <message>
        <source>Administrative agreement</source>
        <translation>行政协议</translation>
    </message>
    <message>
        <source>Other act</source>
        <translation>其他行政行为</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Human resources and social security</source>
        <translation>人力资源社会保障</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>自然资源</translation>
    </message>
    <message>
        <source>Ecology and environment</source>
        <translation>生态环境</translation>
    </message>
    <message>
        <source>Housing and urban-rural development</source>
        <translation>住房城乡建设</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通运输</translation>
    </message>
    <message>
        <source>Agriculture and rural affairs</source>
        <translation>农业农村</translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation>商务</translation>
    </message>
    <message>
        <source>Culture and tourism</source>
        <translation>文化旅游</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>卫生健康</translation>
    </message>
    <message>
        <source>Emergency management</source>
        <translation>应急管理</translation>
    </message>
    <message>
        <source>Market regulation</source>
        <translation>市场监管</translation>
    </message>
    <message>
        <source>Drug administration</source>
        <translation>药品监督管理</translation>
    </message>
    <message>
        <source>Financial regulation</source>
        <translation>金融监管</translation>
    </message>
    <message>
        <source>Urban management</source>
        <translation>城市管理</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>公安</translation>
    </message>
    <message>
        <source>Other domain</source>
        <translation>其他领域</translation>
    </message>
    <message>
        <source>Claim hard to support but a real hardship needs solving</source>
        <translation>诉讼请求难以支持，但确有亟待解决的实际困难</translation>
    </message>
    <message>
        <source>Act may be held unlawful but kept in force; remedy needed</source>
        <translation>被诉行政行为可能被确认违法保留效力，需采取补救措施</translation>
    </message>
    <message>
        <source>Policy change or historical problem; the agency is better placed</source>
        <translation>因政策调整、历史遗留问题引发，由行政机关处理更有利于解决</translation>
    </message>
    <message>
        <source>Misunderstanding or hostility a judgment would not resolve</source>
        <translation>因误解法律规范或感情对立引发，裁判难以实质化解</translation>
    </message>
    <message>
        <source>Clear law or precedent; the outcome is not in doubt</source>
        <translation>已有明确法律规范或生效裁判指引，裁判结果无争议</translation>
    </message>
    <message>
        <source>Major, complex, many persons or sensitive</source>
        <translation>案情重大复杂、涉案人员较多或具有一定敏感性</translation>
    </message>
    <message>
        <source>Also about preventing future harm</source>
        <translation>还涉及预防或避免将来可能出现的侵害</translation>
    </message>
    <message>
        <source>Technical or trade questions suited to expert mediation</source>
        <translation>涉及专业技术知识或行业惯例，宜由专业机构调解</translation>
    </message>
    <message>
        <source>Other case suited to mediation</source>
        <translation>其他适宜协调化解的案件</translation>
    </message>
    <message>
        <source>Written application</source>
        <translation>书面申请</translation>
    </message>
    <message>
        <source>Signed consent form</source>
        <translation>签署同意书</translation>
    </message>
    <message>
        <source>Oral, recorded in writing</source>
        <translation>口头同意，书面记录</translation>
    </message>
    <message>
        <source>Recorded by the court</source>
        <translation>法院记录在卷</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent agency</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表人</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>法人或其他组织</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>General authority</source>
        <translation>一般代理</translation>
    </message>
    <message>
        <source>Special authority</source>
        <translation>特别授权</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>法官</translation>
    </message>
    <message>
        <source>Procurator</source>
        <translation>检察官</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Reconsideration office</source>
        <translation>行政复议机构</translation>
    </message>
    <message>
        <source>Center staff</source>
        <translation>中心工作人员</translation>
    </message>
    <message>
        <source>People&apos;s mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>Lawyer or legal adviser</source>
        <translation>律师或法律顾问</translation>
    </message>
    <message>
        <source>People&apos;s congress deputy</source>
        <translation>人大代表</translation>
    </message>
    <message>
        <source>CPPCC member</source>
        <translation>政协委员</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Community worker</source>
        <translation>社区工作者</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>心理咨询师</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>案件受理室</translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation>争议调处室</translation>
    </message>
    <message>
        <source>Judge guidance</source>
        <translation>法官指导室</translation>
    </message>
    <message>
        <source>Video mediation</source>
        <translation>视频调解室</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>档案管理室</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>检疫</translation>
    </message>
    <message>
        <source>Technical appraisal</source>
        <translation>技术鉴定</translation>
    </message>
    <message>
        <source>Disability assessment</source>
        <translation>伤残评定</translation>
    </message>
    <message>
        <source>Other suspension</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Time limit expired with no chance of success</source>
        <translation>化解期限届满且无化解可能</translation>
    </message>
    <message>
        <source>A party asked to end it</source>
        <translation>当事人明确要求终止</translation>
    </message>
    <message>
        <source>A party went back on the agreement or minutes</source>
        <translation>当事人反悔且无继续化解可能</translation>
    </message>
    <message>
        <source>A citizen died or an organisation ended with no successor</source>
        <translation>公民死亡或组织终止且无权利义务承继者</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>On signature</source>
        <translation>签字（盖章）即生效</translation>
    </message>
    <message>
        <source>On a condition</source>
        <translation>附条件生效</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>准许</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予准许</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Performance refused</source>
        <translation>拒绝履行</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证会</translation>
    </message>
    <message>
        <source>Mediation meeting</source>
        <translation>协调化解会</translation>
    </message>
    <message>
        <source>Evidence exchange</source>
        <translation>证据交换</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>回访会</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>Agency&apos;s person</source>
        <translation>行政机关人员</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主办人</translation>
    </message>
    <message>
        <source>Invited mediator</source>
        <translation>特邀化解员</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Administrative mediation</source>
        <translation>行政调解</translation>
    </message>
    <message>
        <source>Administrative adjudication</source>
        <translation>行政裁决</translation>
    </message>
    <message>
        <source>Reconsideration, coordination before the case</source>
        <translation>行政复议案前协调</translation>
    </message>
    <message>
        <source>Reconsideration, mediation during the case</source>
        <translation>行政复议案中调解</translation>
    </message>
    <message>
        <source>Reconsideration, counselling after the case</source>
        <translation>行政复议案后疏导</translation>
    </message>
    <message>
        <source>Compensation, indemnity or discretionary power</source>
        <translation>涉及行政赔偿、行政补偿以及自由裁量权</translation>
    </message>
    <message>
        <source>Act unlawful, but a judgment would not meet the claim</source>
        <translation>行政行为违法，即使判决败诉，正当诉求仍无法实现</translation>
    </message>
    <message>
        <source>Duty to perform or pay; dispute over its conditions</source>
        <translation>负有履行、给付职责，诉求合理，但对程序性条件存在争议</translation>
    </message>
    <message>
        <source>Annulling the act would cause major loss</source>
        <translation>行政行为一旦被确认违法或撤销，将造成重大损失</translation>
    </message>
    <message>
        <source>Claim hard to support, but real interests need relief</source>
        <translation>诉讼请求难以得到法律支持，但确有实体权益需要保护</translation>
    </message>
    <message>
        <source>Other case fit for resolution</source>
        <translation>其他具备争议化解条件的案件</translation>
    </message>
    <message>
        <source>The law allows settlement</source>
        <translation>法律规定可以和解</translation>
    </message>
    <message>
        <source>The applicant asks to settle</source>
        <translation>行政相对人要求和解</translation>
    </message>
    <message>
        <source>Many parties; social stability may suffer</source>
        <translation>当事人人数众多，可能影响社会稳定</translation>
    </message>
    <message>
        <source>Other case a settlement would truly resolve</source>
        <translation>其他通过和解方式处理有实质性化解的案件</translation>
    </message>
    <message>
        <source>Agency&apos;s legal officer</source>
        <translation>行政执法部门法制工作人员</translation>
    </message>
    <message>
        <source>Township cadre</source>
        <translation>乡镇干部</translation>
    </message>
    <message>
        <source>Village (community) cadre</source>
        <translation>村（社区）干部</translation>
    </message>
    <message>
        <source>The agency named nobody in time, or its people refused twice</source>
        <translation>行政机关经通知后未按期指定人员进行沟通，或行政机关指定人员经两次通知均拒不参加协调化解</translation>
    </message>
    <message>
        <source>A party is unwilling to mediate</source>
        <translation>当事人不愿进行调解</translation>
    </message>
    <message>
        <source>Mediation reached no agreement</source>
        <translation>经调解无法达成协议</translation>
    </message>
    <message>
        <source>Government office (reconsideration)</source>
        <translation>政府办（行政复议）</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>参与</translation>
    </message>
    <message>
        <source>Does not take part</source>
        <translation>不参与</translation>
    </message>
</context>
<context>
    <name>huajie::ActionDialog</name>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>— not signed</source>
        <translation>— 未签名</translation>
    </message>
    <message>
        <source>The party itself</source>
        <translation>当事人本人</translation>
    </message>
    <message>
        <source>Agent %1 (%2)</source>
        <translation>委托代理人 %1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>%1, agent of %2 (%3)</source>
        <translation>%1，%2 的委托代理人（%3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as %2</source>
        <translation>“%1”不是有效日期，请按 %2 的格式填写</translation>
    </message>
    <message>
        <source>Legal representative %1</source>
        <translation>法定代表人%1</translation>
    </message>
</context>
<context>
    <name>huajie::AgentTableModel</name>
    <message>
        <source>Agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>代理权限</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Law firm or employer</source>
        <translation>律师事务所或工作单位</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>公民身份号码</translation>
    </message>
</context>
<context>
    <name>huajie::BackupToDialog</name>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>用口令加密</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>确认口令</translation>
    </message>
    <message>
        <source>Without the passphrase the copy cannot be restored: keep it apart from the copy.</source>
        <translation>没有口令就无法恢复该备份：请将口令与备份分开保管。</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Huajie backups (*.sqlite)</source>
        <translation>化解备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose the file to back up to</source>
        <translation>请选择备份到的文件</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>两次输入的口令不一致</translation>
    </message>
</context>
<context>
    <name>huajie::BatchDocumentDialog</name>
    <message numerus="yes">
        <source>Issue a document for %n case(s)</source>
        <translation>
            <numerusform>为 %n 件案件出具文书</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>出具</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>PDF 存放文件夹</translation>
    </message>
    <message>
        <source>Each case gets its own document, numbered and kept with the case, and a PDF in the folder.</source>
        <translation>每个案件各出具一份文书，编号并随案留存，同时在文件夹中生成一个 PDF 文件。</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>PDF 存放文件夹</translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Issuing documents…</source>
        <translation>正在出具文书…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 of %2 documents issued into %3.</source>
        <translation>已出具 %1 份文书（共 %2 份），存入 %3。</translation>
    </message>
    <message>
        <source>Cancelled: the others were not issued.</source>
        <translation>已取消：其余文书未出具。</translation>
    </message>
    <message>
        <source>Not issued:</source>
        <translation>未出具：</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it?</source>
        <translation>文件夹 %1 不存在。是否新建？</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>huajie::CalendarDialog</name>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>e.g. 古尔邦节</source>
        <translation>例如古尔邦节</translation>
    </message>
    <message>
        <source>e.g. the regional government&apos;s notice of 2026-05-20</source>
        <translation>例如自治区人民政府 2026-05-20 发布的通知</translation>
    </message>
    <message>
        <source>Make it a rest day</source>
        <translation>设为休息日</translation>
    </message>
    <message>
        <source>Make it a working day</source>
        <translation>设为工作日</translation>
    </message>
    <message>
        <source>Back to the notice</source>
        <translation>恢复按国务院通知执行</translation>
    </message>
    <message>
        <source>Import a year&apos;s notice…</source>
        <translation>导入年度节假日安排通知…</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>节假日名称</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>变更理由 *</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>变更理由</translation>
    </message>
    <message>
        <source>Changes made by the center:</source>
        <translation>本中心所作的变更：</translation>
    </message>
    <message>
        <source>an ordinary weekday</source>
        <translation>普通工作日（周一至周五）</translation>
    </message>
    <message>
        <source>a weekend day</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>as the State Council&apos;s notice says</source>
        <translation>依据国务院节假日安排通知</translation>
    </message>
    <message>
        <source>a statutory holiday; the year&apos;s notice is not published yet</source>
        <translation>法定节假日；该年度节假日安排通知尚未公布</translation>
    </message>
    <message>
        <source>set by the center</source>
        <translation>由本中心设置</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>The holidays of %1 are not published yet: deadlines reaching into it are provisional until its notice is imported.</source>
        <translation>%1年节假日安排尚未公布：涉及该年度的期限在导入其通知前均为暂定。</translation>
    </message>
    <message>
        <source>Imported the notice of %1</source>
        <translation>导入%1年节假日安排通知</translation>
    </message>
    <message>
        <source>%1 made a rest day</source>
        <translation>%1 设为休息日</translation>
    </message>
    <message>
        <source>%1 made a working day</source>
        <translation>%1 设为工作日</translation>
    </message>
    <message>
        <source>%1 back to the notice</source>
        <translation>%1 恢复按国务院通知执行</translation>
    </message>
    <message>
        <source>Import a year&apos;s notice</source>
        <translation>导入年度节假日安排通知</translation>
    </message>
    <message>
        <source>Holiday data (*.json)</source>
        <translation>节假日数据 (*.json)</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
</context>
<context>
    <name>huajie::CaseDetailView</name>
    <message>
        <source>Select a case to see it here.</source>
        <translation>请选择案件，在此查看详情。</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation>委派单位</translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation>委派案号</translation>
    </message>
    <message>
        <source>Lawsuit or reconsideration number</source>
        <translation>诉讼或复议案号</translation>
    </message>
    <message>
        <source>Following judge</source>
        <translation>跟案法官</translation>
    </message>
    <message>
        <source>Procurator</source>
        <translation>检察官</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主办人</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>争议情况</translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation>争议行政行为</translation>
    </message>
    <message>
        <source>Act kind</source>
        <translation>行为类别</translation>
    </message>
    <message>
        <source>Enforcement domain</source>
        <translation>执法领域</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>Persons on the applicant side</source>
        <translation>申请人一方人数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <source>Suitability ground</source>
        <translation>适宜化解情形</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>当事人同意</translation>
    </message>
    <message>
        <source>Collective dispute</source>
        <translation>群体性争议</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感案件</translation>
    </message>
    <message>
        <source>Petition risk</source>
        <translation>涉诉信访隐患</translation>
    </message>
    <message>
        <source>Leader supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Legal aid requested</source>
        <translation>申请法律援助</translation>
    </message>
    <message>
        <source>Typical case</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>案件标记</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>legal representative %1</source>
        <translation>法定代表人 %1</translation>
    </message>
    <message>
        <source>does not attend in person</source>
        <translation>本人不出席</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation>（牵头部门）</translation>
    </message>
    <message>
        <source>Notice sent to the agency</source>
        <translation>已向行政机关发出通知书</translation>
    </message>
    <message>
        <source>Notice received by the agency</source>
        <translation>行政机关已签收通知书</translation>
    </message>
    <message>
        <source>Resolution plan received</source>
        <translation>已收到实质性化解方案</translation>
    </message>
    <message>
        <source>Resolution plan</source>
        <translation>实质性化解方案</translation>
    </message>
    <message>
        <source>The agency&apos;s mediators</source>
        <translation>行政机关指定的化解人员</translation>
    </message>
    <message>
        <source>Mediation started</source>
        <translation>开始协调化解</translation>
    </message>
    <message>
        <source>Agency absent</source>
        <translation>行政机关人员缺席</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>期限中止</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>期限延长</translation>
    </message>
    <message>
        <source>%1 days, approved by %2 on %3</source>
        <translation>%1 日，由 %2 于 %3 批准</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>协议签订</translation>
    </message>
    <message>
        <source>Agreement effective</source>
        <translation>协议生效</translation>
    </message>
    <message>
        <source>Effect condition</source>
        <translation>生效条件</translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Withdrawal applied</source>
        <translation>申请撤诉</translation>
    </message>
    <message>
        <source>Withdrawal ruling</source>
        <translation>撤诉裁定</translation>
    </message>
    <message>
        <source>Judicial confirmation applied</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认裁定</translation>
    </message>
    <message>
        <source>Mediation statement</source>
        <translation>行政调解书</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Mediation report</source>
        <translation>协调化解报告</translation>
    </message>
    <message>
        <source>Transferred back</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>Reconsideration accepted</source>
        <translation>行政复议申请受理</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>%1发出</translation>
    </message>
    <message>
        <source>, received on %1</source>
        <translation>，%1收到</translation>
    </message>
    <message>
        <source>, replied on %1: %2</source>
        <translation>，%1回复：%2</translation>
    </message>
    <message>
        <source>Invitation from %1 to %2</source>
        <translation>%1邀请%2</translation>
    </message>
    <message>
        <source>Liaison staff named</source>
        <translation>指定联络人员日期</translation>
    </message>
    <message>
        <source>The agency&apos;s liaison staff</source>
        <translation>行政机关联络人员</translation>
    </message>
    <message>
        <source>Withdrawal of the reconsideration application applied</source>
        <translation>申请撤回行政复议申请</translation>
    </message>
    <message>
        <source>Decision on the withdrawal</source>
        <translation>撤回申请的决定</translation>
    </message>
    <message>
        <source>Reconsideration mediation statement</source>
        <translation>行政复议调解书</translation>
    </message>
    <message>
        <source>Received by the referring body on</source>
        <translation>委托单位收案日期</translation>
    </message>
    <message>
        <source>Referral dated</source>
        <translation>委托日期</translation>
    </message>
</context>
<context>
    <name>huajie::CaseDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>登记送达…</translation>
    </message>
    <message>
        <source>Record receipt…</source>
        <translation>登记签收…</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>新建文书</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>未送达</translation>
    </message>
    <message>
        <source>%1 served, %2 received</source>
        <translation>已送达 %1 处，已签收 %2 处</translation>
    </message>
    <message>
        <source>Issued by %1 at %2; SHA-256 %3</source>
        <translation>由 %1 于 %2 出具；SHA-256 %3</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>%1 签收</translation>
    </message>
    <message>
        <source> (signed by %1)</source>
        <translation>（由 %1 代收）</translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation>尚未签收</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>%1 送出</translation>
    </message>
</context>
<context>
    <name>huajie::CaseFormDialog</name>
    <message>
        <source>Register a case</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>编辑案件 %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>争议情况</translation>
    </message>
    <message>
        <source>Consent and flags</source>
        <translation>当事人同意及案件标记</translation>
    </message>
    <message>
        <source>e.g. （2026）宁02委调15号</source>
        <translation>例如（2026）宁02委调15号</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登记号</translation>
    </message>
    <message>
        <source>Registration date *</source>
        <translation>登记日期 *</translation>
    </message>
    <message>
        <source>Source channel *</source>
        <translation>案件来源 *</translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation>委派单位</translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation>委派案号</translation>
    </message>
    <message>
        <source>Lawsuit or reconsideration number</source>
        <translation>诉讼或复议案号</translation>
    </message>
    <message>
        <source>Following judge</source>
        <translation>跟案法官</translation>
    </message>
    <message>
        <source>Procurator</source>
        <translation>检察官</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主办人</translation>
    </message>
    <message>
        <source>Add applicant</source>
        <translation>添加申请人</translation>
    </message>
    <message>
        <source>Add respondent agency</source>
        <translation>添加涉争议行政机关</translation>
    </message>
    <message>
        <source>Add third party</source>
        <translation>添加第三人</translation>
    </message>
    <message>
        <source>Add representative</source>
        <translation>添加代表人</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>Agents of the selected party (at most two):</source>
        <translation>所选当事人的委托代理人（至多两名）：</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>添加委托代理人</translation>
    </message>
    <message>
        <source>Remove agent</source>
        <translation>删除委托代理人</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>Select a party first.</source>
        <translation>请先选择当事人。</translation>
    </message>
    <message>
        <source>yuan, e.g. 120000.50; empty when none</source>
        <translation>单位：元，例如 120000.50；无则留空</translation>
    </message>
    <message>
        <source>Disputed act *</source>
        <translation>争议行政行为 *</translation>
    </message>
    <message>
        <source>Act kind</source>
        <translation>行为类别</translation>
    </message>
    <message>
        <source>Enforcement domain</source>
        <translation>执法领域</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>Persons on the applicant side</source>
        <translation>申请人一方人数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <source>Suitability ground</source>
        <translation>适宜化解情形</translation>
    </message>
    <message>
        <source>Consent date *</source>
        <translation>当事人同意日期 *</translation>
    </message>
    <message>
        <source>Consent form *</source>
        <translation>同意方式 *</translation>
    </message>
    <message>
        <source>Collective dispute</source>
        <translation>群体性争议</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感案件</translation>
    </message>
    <message>
        <source>Major petition or litigation risk</source>
        <translation>重大涉诉信访隐患</translation>
    </message>
    <message>
        <source>Leader supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Legal aid requested</source>
        <translation>申请法律援助</translation>
    </message>
    <message>
        <source>Typical case</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>%1 (given when saved)</source>
        <translation>%1（保存时生成）</translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation>争议行政行为</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>当事人同意日期</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>代表人</translation>
    </message>
    <message>
        <source>write yuan with at most two decimals, e.g. 1200.50</source>
        <translation>应以元为单位，至多两位小数，例如 1200.50</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>新的行政机关</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the agencies directory. Add it as a new agency?</source>
        <translation>行政机关名录中没有“%1”。是否将其作为新的行政机关添加？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the agencies directory. Is it one of these, or a new agency?</source>
        <translation>行政机关名录中没有“%1”。是否为下列行政机关之一，还是新的行政机关？</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>改用“%1”</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the directory</source>
        <translation>将“%1”添加到名录</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回表单</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as %2</source>
        <translation>“%1”不是有效日期，请按 %2 的格式填写</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Received by the referring body on</source>
        <translation>委托单位收案日期</translation>
    </message>
    <message>
        <source>Referral dated</source>
        <translation>委托日期</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>放弃所填内容？</translation>
    </message>
    <message>
        <source>What was entered in this form is not saved. Close the form and discard it?</source>
        <translation>本表中填写的内容尚未保存。关闭本表并放弃所填内容吗？</translation>
    </message>
</context>
<context>
    <name>huajie::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>登记号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent agencies</source>
        <translation>涉争议行政机关</translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation>争议行政行为</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主办人</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>huajie::CasePanel</name>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Select a case to see it here.</source>
        <translation>请选择案件，在此查看详情。</translation>
    </message>
    <message>
        <source>time limit suspended since %1 (%2)</source>
        <translation>化解期限自 %1 起中止（%2）</translation>
    </message>
    <message>
        <source>extended by %1 days</source>
        <translation>期限已延长 %1 日</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Click a deadline to see how it was counted.</source>
        <translation>点击期限可查看其计算过程。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Schedule a session…</source>
        <translation>安排化解会议…</translation>
    </message>
    <message>
        <source>Attendance and minutes…</source>
        <translation>出席情况及笔录…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>化解会议</translation>
    </message>
    <message>
        <source> (absent)</source>
        <translation>（缺席）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>%1 送出</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>%1 签收</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>取消会议…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>The session is now on %1, %2. Its participants are to be notified again: %3.

Make the session notice now?</source>
        <translation>化解会议已改至 %1，%2。须重新通知参加人员：%3。

现在制作化解会议通知书吗？</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>取消会议</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Correct the last action…</source>
        <translation>更正最近一项操作…</translation>
    </message>
    <message>
        <source>Withdraw the last action…</source>
        <translation>撤回最近一项操作…</translation>
    </message>
    <message>
        <source>Void this registration…</source>
        <translation>作废本案登记…</translation>
    </message>
    <message>
        <source>Put a mistake right</source>
        <translation>更正错误</translation>
    </message>
    <message>
        <source>Correct the last action</source>
        <translation>更正最近一项操作</translation>
    </message>
    <message>
        <source>Withdraw the last action</source>
        <translation>撤回最近一项操作</translation>
    </message>
    <message>
        <source>Withdraw the last action — %1</source>
        <translation>撤回最近一项操作 — %1</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot;, recorded on %2 by %3? The case returns to &quot;%4&quot;. The action stays in the history, marked as withdrawn.</source>
        <translation>确定撤回%3于%2记录的“%1”吗？案件将恢复为“%4”。该操作仍保留在案件历史中，并标注为已撤回。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Void this registration — %1</source>
        <translation>作废本案登记 — %1</translation>
    </message>
    <message>
        <source>Void the registration %1 as made in error? It leaves the case list, the desk, the schedule and the statistics, and no more can be done with it; it keeps its number, which is not given again, and its history. Voiding cannot be undone.</source>
        <translation>确定将 %1 作为错误登记予以作废吗？作废后，案件不再出现在案件列表、工作台、日程和统计中，也不能再办理任何操作；案号及案件历史予以保留，案号不再重新分配。作废后不能恢复。</translation>
    </message>
    <message>
        <source>Void the registration</source>
        <translation>作废登记</translation>
    </message>
    <message>
        <source>%1, recorded %2</source>
        <translation>%1，记录于%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1（已撤回）</translation>
    </message>
    <message>
        <source>Registration voided</source>
        <translation>已作废登记</translation>
    </message>
</context>
<context>
    <name>huajie::CorrectionDialog</name>
    <message>
        <source>Correct: %1 — %2</source>
        <translation>更正：%1 — %2</translation>
    </message>
    <message>
        <source>Reason for the correction *</source>
        <translation>更正理由 *</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>保存更正</translation>
    </message>
</context>
<context>
    <name>huajie::DeskView</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>期限状态</translation>
    </message>
    <message>
        <source>Click a deadline to see how it was counted.</source>
        <translation>点击期限可查看其计算过程。</translation>
    </message>
    <message>
        <source>Counting deadlines…</source>
        <translation>正在计算期限…</translation>
    </message>
    <message>
        <source>%1 · &lt;span style=&apos;color:#b00020&apos;&gt;%2 overdue&lt;/span&gt; · %3 due today · %4 due in the coming week</source>
        <translation>%1 · &lt;span style=&apos;color:#b00020&apos;&gt;已逾期 %2 项&lt;/span&gt; · 今日到期 %3 项 · 未来一周内到期 %4 项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due in the coming week</source>
        <translation>未来一周内到期</translation>
    </message>
    <message>
        <source>Close to the time limit</source>
        <translation>化解期限即将届满</translation>
    </message>
    <message>
        <source>The chosen rule profile cannot be read, so the default counts: %1</source>
        <translation>无法读取所选规则配置，已按默认规则配置计算期限：%1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>… and %1 more: see the desk.</source>
        <translation>… 另有 %1 项，请在工作台查看。</translation>
    </message>
    <message>
        <source>Sessions in the coming week</source>
        <translation>未来一周的化解会议</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent agencies</source>
        <translation>涉争议行政机关</translation>
    </message>
    <message>
        <source>Tracked, with no time limit</source>
        <translation>仅记录、不设期限</translation>
    </message>
</context>
<context>
    <name>huajie::DirectoryDialog</name>
    <message>
        <source>Directories</source>
        <translation>名录</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>确定删除“%1”吗？</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>The selected entry names the same as another one: its cases move to the other, and it is deleted.</source>
        <translation>所选条目与另一条目所指相同：其案件转入另一条目，所选条目随即删除。</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <source>Merge %1 into %2? The cases of %1 then name %2, each with an entry in its history, and %1 is deleted.</source>
        <translation>确定将“%1”合并到“%2”吗？原属“%1”的案件将改为“%2”，并各自记入办理记录；“%1”随即删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) moved to %1.</source>
        <translation>
            <numerusform>已将 %n 件案件转入“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huajie::DirectoryPicker</name>
    <message>
        <source>Add a new entry to %1</source>
        <translation>在“%1”中新增条目</translation>
    </message>
</context>
<context>
    <name>huajie::DocumentPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>%1 of %2 — preview</source>
        <translation>%2 %1 — 预览</translation>
    </message>
    <message>
        <source>This is a preview. Printing or saving it issues the document: it is numbered and kept with the case as it is shown here.</source>
        <translation>这是预览。打印或保存即出具该文书：文书将编号，并按此处所示内容随案留存。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Issued by %1 on %2. This is the text as it was issued.</source>
        <translation>由 %1 于 %2 出具。以下为出具时的原文。</translation>
    </message>
    <message>
        <source>This document was changed after it was issued: its text no longer matches the hash kept when it was issued.</source>
        <translation>该文书在出具后被改动：其内容与出具时留存的哈希值不再一致。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>huajie::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>huajie::MainWindow</name>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Register a case…</source>
        <translation>登记案件(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>编辑案件(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Directories…</source>
        <translation>名录(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Huajie</source>
        <translation>关于化解(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部行政机关</translation>
    </message>
    <message>
        <source>Huajie</source>
        <translation>化解</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown · %3</source>
        <translation>显示 %1 件，共 %2 件 · %3</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>已登记 %1</translation>
    </message>
    <message>
        <source>This database has no cases yet. Load demo data (200 cases with their parties and directories) to try the program?</source>
        <translation>此数据库中尚无案件。是否加载演示数据（200 件案件及其当事人和名录）以试用本程序？</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>How many cases?</source>
        <translation>案件数量：</translation>
    </message>
    <message>
        <source>Added %1 demo cases</source>
        <translation>已添加 %1 件演示案件</translation>
    </message>
    <message>
        <source>About Huajie</source>
        <translation>关于化解</translation>
    </message>
    <message>
        <source>Load de&amp;mo data…</source>
        <translation>加载演示数据(&amp;M)…</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Holiday &amp;calendar…</source>
        <translation>节假日日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期提醒</translation>
    </message>
    <message>
        <source>%1 deadlines are overdue:</source>
        <translation>有 %1 项期限已逾期：</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Huajie %1&lt;/h3&gt;&lt;p&gt;The desk of an administrative dispute coordination and resolution center.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;The holiday calendar comes from the holiday-cn data set, under this licence:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;化解 %1&lt;/h3&gt;&lt;p&gt;行政争议协调化解中心工作台。&lt;/p&gt;&lt;p&gt;依据 MIT 许可证授权使用。&lt;/p&gt;&lt;p&gt;节假日日历数据来自 holiday-cn 数据集，其许可证如下：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Issue a document for the selected cases…</source>
        <translation>为所选案件批量出具文书…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Select the cases in the case list first.</source>
        <translation>请先在案件列表中选择案件。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Huajie databases (*.sqlite)</source>
        <translation>化解数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Put %1 in place of the database? The desk closes and opens again on it; the database as it is now is kept in the backups folder.</source>
        <translation>是否用 %1 替换当前数据库？工作台将关闭并在恢复后重新打开；当前的数据库将保留在 backups 文件夹中。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Search number, name, ID number, credit code, phone, agent, act… (Ctrl+F)</source>
        <translation>搜索登记号、姓名/名称、身份证号、信用代码、电话、代理人、行政行为…(Ctrl+F)</translation>
    </message>
    <message>
        <source>Voided registrations</source>
        <translation>已作废登记</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>备份到(&amp;T)…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its passphrase:</source>
        <translation>%1 已加密。请输入其口令：</translation>
    </message>
</context>
<context>
    <name>huajie::OptionalDateEdit</name>
    <message>
        <source>not recorded (e.g. %1)</source>
        <translation>未填写（格式如 %1）</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>从日历中选择</translation>
    </message>
</context>
<context>
    <name>huajie::PartyTableModel</name>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Attends in person</source>
        <translation>本人出席</translation>
    </message>
</context>
<context>
    <name>huajie::ReasonDialog</name>
    <message>
        <source>Reason *</source>
        <translation>理由 *</translation>
    </message>
</context>
<context>
    <name>huajie::ReceiptDialog</name>
    <message>
        <source>Receipt by %1</source>
        <translation>%1 签收</translation>
    </message>
    <message>
        <source>When someone else signed for it</source>
        <translation>非受送达人本人签收时填写</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>代收人</translation>
    </message>
</context>
<context>
    <name>huajie::RepeatApplicantsDialog</name>
    <message>
        <source>Already on other cases</source>
        <translation>已在其他案件中</translation>
    </message>
    <message>
        <source>These parties are already on other cases. Register this case anyway, or open one of those cases instead?</source>
        <translation>以下当事人已在其他案件中。仍登记本案，还是改为打开其中一件案件？</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>相同项</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>As</source>
        <translation>在该案中为</translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation>争议行政行为</translation>
    </message>
    <message>
        <source>the same ID number</source>
        <translation>公民身份号码相同</translation>
    </message>
    <message>
        <source>the same credit code</source>
        <translation>统一社会信用代码相同</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>姓名/名称相同</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>打开所选案件</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>仍然登记</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回登记表</translation>
    </message>
</context>
<context>
    <name>huajie::ReportView</name>
    <message>
        <source>Freeze the month…</source>
        <translation>锁定本月报表…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>统计项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <source>Cases listed</source>
        <translation>案件清单</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>重新统计</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Spreadsheet for the justice bureau (XLSX)…</source>
        <translation>报送司法局的电子表格（XLSX）…</translation>
    </message>
    <message>
        <source>PDF with the charts…</source>
        <translation>含图表的 PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Ledger of the period&apos;s cases (XLSX)…</source>
        <translation>本期案件台账（XLSX）…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>The period&apos;s first day must not be after its last.</source>
        <translation>统计期间的起始日不得晚于截止日。</translation>
    </message>
    <message>
        <source>The report balances: %1 open at the start + %2 new = %3 concluded + %4 open at the end.</source>
        <translation>报表平衡：期初在办 %1 件 + 新收 %2 件 = 办结 %3 件 + 期末在办 %4 件。</translation>
    </message>
    <message>
        <source>The report does not balance, so it cannot be exported. These cases break it:
%1</source>
        <translation>报表不平衡，不能导出。导致不平衡的案件如下：
%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新收</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止化解</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>化解成功率（%）</translation>
    </message>
    <message>
        <source>Agency head present</source>
        <translation>行政首长出面</translation>
    </message>
    <message>
        <source>Plan late</source>
        <translation>逾期报送方案</translation>
    </message>
    <message>
        <source>New, year to date</source>
        <translation>本年累计新收</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>登记号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>涉争议行政机关</translation>
    </message>
    <message>
        <source>Disputed act</source>
        <translation>争议行政行为</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>化解结果</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Frozen by %1 on %2; what was sent is kept with its checksum.</source>
        <translation>已由 %1 于 %2 锁定；报送的报表连同校验值一并留存。</translation>
    </message>
    <message>
        <source>The kept report no longer matches its checksum.</source>
        <translation>留存的报表与其校验值已不一致。</translation>
    </message>
    <message>
        <source>Changed since it was frozen, so the figures above may differ from those sent: %1</source>
        <translation>以下案件在锁定后有改动，上列数据可能与已报送的数据不同：%1</translation>
    </message>
    <message>
        <source>Freeze the month</source>
        <translation>锁定本月报表</translation>
    </message>
    <message>
        <source>Freeze the report of %1? Its figures are kept as they are now; later changes to its cases will be shown against it.</source>
        <translation>是否锁定%1的报表？其数据将按现状留存；此后对所涉案件的改动将据此标示。</translation>
    </message>
    <message>
        <source>Ledger as CSV…</source>
        <translation>台账（CSV）…</translation>
    </message>
    <message>
        <source>Ledger as PDF…</source>
        <translation>台账（PDF）…</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Performance refused</source>
        <translation>拒绝履行</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Agreements, year to date</source>
        <translation>本年累计协议</translation>
    </message>
</context>
<context>
    <name>huajie::ScheduleView</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>All mediators</source>
        <translation>全部化解员</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部房间</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 起的一周</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>另有 %1 项…</translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation>当日无安排。</translation>
    </message>
    <message>
        <source>Export to iCalendar…</source>
        <translation>导出为 iCalendar…</translation>
    </message>
    <message>
        <source>The sessions shown, as an .ics file for phones and other calendars</source>
        <translation>将所显示的化解会议导出为 .ics 文件，供手机及其他日历使用</translation>
    </message>
    <message>
        <source>Export to iCalendar</source>
        <translation>导出为 iCalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>向前翻页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>向后翻页</translation>
    </message>
</context>
<context>
    <name>huajie::ServiceDialog</name>
    <message>
        <source>Received</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Service of %1</source>
        <translation>%1 的送达</translation>
    </message>
    <message>
        <source>Required for service by post</source>
        <translation>邮寄送达时必填</translation>
    </message>
    <message>
        <source>When someone else signed for it</source>
        <translation>非受送达人本人签收时填写</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>邮件单号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>送达地址</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>送出日期</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>代收人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>huajie::SessionCancelDialog</name>
    <message>
        <source>Cancel the session — %1</source>
        <translation>取消化解会议 — %1</translation>
    </message>
    <message>
        <source>why the session will not take place (required)</source>
        <translation>化解会议不再召开的理由（必填）</translation>
    </message>
    <message>
        <source>The session of %1 leaves the schedule and frees its room and people. It stays with the case as cancelled.</source>
        <translation>%1 的化解会议将移出日程，释放所占房间和人员；会议仍作为已取消记录保留在案件中。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>取消化解会议</translation>
    </message>
</context>
<context>
    <name>huajie::SessionDialog</name>
    <message>
        <source>Every side agreed to meet remotely</source>
        <translation>争议各方均同意以远程方式召开</translation>
    </message>
    <message>
        <source>Schedule a session — %1</source>
        <translation>安排化解会议 — %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>— outside the center</source>
        <translation>— 中心以外地点</translation>
    </message>
    <message>
        <source>where, when not in a room of the center</source>
        <translation>不在本中心房间召开时，填写召开地点</translation>
    </message>
    <message>
        <source>only when the session is sooner than %1 days after the notice</source>
        <translation>仅在通知后不足 %1 日即召开时填写</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>For</source>
        <translation>所代表的当事人</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>添加参会人员</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>删除参会人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>召开方式</translation>
    </message>
    <message>
        <source>Participants notified on</source>
        <translation>通知参会人员日期</translation>
    </message>
    <message>
        <source>Reason for short notice</source>
        <translation>提前召开理由</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参会人员：</translation>
    </message>
    <message>
        <source>Name at least one participant.</source>
        <translation>请至少列明一名参会人员。</translation>
    </message>
</context>
<context>
    <name>huajie::SessionOutcomeDialog</name>
    <message>
        <source>The agency&apos;s head attended</source>
        <translation>行政机关负责人出席</translation>
    </message>
    <message>
        <source>After the session — %1, %2</source>
        <translation>化解会议召开情况 — %1，%2</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation>各方陈述意见及达成一致的事项</translation>
    </message>
    <message>
        <source>Who attended (checked):</source>
        <translation>出席人员（已勾选）：</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>笔录：</translation>
    </message>
</context>
<context>
    <name>huajie::SessionRescheduleDialog</name>
    <message>
        <source>Reschedule the session — %1</source>
        <translation>化解会议改期 — %1</translation>
    </message>
    <message>
        <source>— the same place (%1)</source>
        <translation>— 原地点（%1）</translation>
    </message>
    <message>
        <source>only when the session is sooner than %1 days after the notice</source>
        <translation>仅在通知后不足 %1 日即召开时填写</translation>
    </message>
    <message>
        <source>why the session is moved (required)</source>
        <translation>化解会议改期的理由（必填）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现安排</translation>
    </message>
    <message>
        <source>New start</source>
        <translation>新的开始时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>New notice on</source>
        <translation>重新通知日期</translation>
    </message>
    <message>
        <source>Reason for short notice</source>
        <translation>提前召开理由</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>改期理由</translation>
    </message>
</context>
<context>
    <name>huajie::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>{year} is the year of registration, {seq} the case&apos;s number in that year.</source>
        <translation>{year} 为登记年份，{seq} 为案件在该年度内的序号。</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>Registration number pattern</source>
        <translation>登记号格式</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>下一序号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language is used the next time Huajie starts.</source>
        <translation>新的界面语言将在下次启动化解时生效。</translation>
    </message>
    <message>
        <source>Open the profiles folder</source>
        <translation>打开规则配置文件夹</translation>
    </message>
    <message>
        <source>A center&apos;s own rule profiles are JSON files in %1; copy a shipped one there, give it a new id and edit it.</source>
        <translation>本中心自定义的规则配置为 %1 中的 JSON 文件；可将程序自带的配置复制到该文件夹，为其设置新的 id 后再行编辑。</translation>
    </message>
    <message>
        <source>Deadline rules</source>
        <translation>期限规则</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Backups kept: the newest of the last</source>
        <translation>保留备份：以下各期间内每期最新一份</translation>
    </message>
    <message>
        <source>Left empty, documents, ledgers and reports name the center as its rule profile does.</source>
        <translation>留空时，文书、台账和报表按规则方案中的名称称呼本中心。</translation>
    </message>
</context>
<context>
    <name>huajie::UsersDialog</name>
    <message>
        <source>Users sign in when the desk starts</source>
        <translation>启动时用户须登录</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>Switch off or on</source>
        <translation>停用或启用</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The mediation desk.</source>
        <translation>协调化解工作台。</translation>
    </message>
    <message>
        <source>The case database (default: %1).</source>
        <translation>案件数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restored from %1. The database it replaced is kept as %2.</source>
        <translation>已从 %1 恢复。被替换的数据库已保留为 %2。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
</TS>
