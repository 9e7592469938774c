<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutModel</name>
    <message>
        <location filename="../../gui/about_model.py" line="25"/>
        <source>**Reference.** Song Kaiye (宋锴业), “Manufacturing Flexibility: The Organizational Ecology and Institutional Environment of Digital Governance” (制造灵活性：数字治理的组织生态及其制度环境), *Public Administration and Policy Review* 2024, 13(4): 39–55.

**What GovFlex is.** The model *operationalises* the paper&apos;s mechanisms: each claim becomes an explicit rule with explicit numbers, so one can ask which rule produces which effect. It **does not reproduce the paper&apos;s data**; its magnitudes come from published 12345-hotline practice or are modelling choices. Read its outputs comparatively, design against design.

---

</source>
        <translation>**参考文献。** 宋锴业：《制造灵活性：数字治理的组织生态及其制度环境》，《公共行政评论》2024 年第 13 卷第 4 期，第 39–55 页。

**GovFlex 是什么。** 本模型将论文的机制*操作化*：每一个论断都成为有明确数值的明确规则，从而可以追问哪条规则产生了哪种效果。模型**并不复现论文的数据**；其参数量级取自公开的 12345 热线实践，或为建模选择。请以比较的方式解读输出：方案对方案。以下模型说明为英文。

---

</translation>
    </message>
    <message>
        <location filename="../../gui/about_model.py" line="35"/>
        <source>**How the city works.** Citizens call the 12345 hotline; each call becomes a ticket that the hub answers or dispatches to a bureau (条) or a territorial government (块). Units work their tickets within their capacity; tickets sent to the wrong unit come back, and hard cases are escalated. Every simulated hour the model counts how well the organisation bends around demand (**flexibility**) and how busy street and community staff are (**grassroots load**, 0.85 sustainable, above 0.90 burnout).

**What the switches do.** M1–M7 are the platform&apos;s institutions: the unified entrance, the dispatch catalogue, algorithmic dispatch, data sharing, assessment, escalation and the whistle, and institutional design around data. Each is a rule with numbers you can change while the city runs.

**Same seed, same citizens.** A run is fixed by its seed, so two designs run on the same seed meet the very same calls: differences come from the institutions.

</source>
        <translation>**城市如何运转。** 市民拨打 12345 热线；每个来电成为一张工单，由热线中心直接答复，或派给职能部门（条）或属地政府（块）。各单位在自身工作能力内办理工单；派错的工单被退回，疑难工单被上报。模型每个模拟小时计算组织围绕需求弯折的能力（**灵活性**），以及街道和社区人员的繁忙程度（**基层负荷**：0.85 可持续，超过 0.90 过劳）。

**各开关的作用。** M1–M7 是平台的各项制度：统一入口、派单目录、算法派单、数据共享、绩效考核、上报与吹哨，以及围绕数据的制度设计。每一项都是一条带数值的规则，可在城市运行时调整。

**同一随机种子，同一批市民。** 一次运行由随机种子确定，因此在同一随机种子下运行的两个方案面对的是完全相同的来电：差异来自制度本身。

</translation>
    </message>
    <message>
        <location filename="../../gui/about_model.py" line="57"/>
        <source>About the model</source>
        <translation>关于模型</translation>
    </message>
    <message>
        <location filename="../../gui/about_model.py" line="70"/>
        <source>Read the full model description (English)</source>
        <translation>阅读完整的模型说明（英文）</translation>
    </message>
    <message>
        <location filename="../../gui/about_model.py" line="76"/>
        <source>Back to the short explanation</source>
        <translation>返回简要说明</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../gui/annotations.py" line="48"/>
        <location filename="../../gui/annotations.py" line="95"/>
        <source>Pin a note</source>
        <translation>添加图表批注</translation>
    </message>
    <message>
        <location filename="../../gui/annotations.py" line="56"/>
        <source>Remove notes</source>
        <translation>移除批注</translation>
    </message>
    <message>
        <location filename="../../gui/annotations.py" line="72"/>
        <source>N{0}</source>
        <translation>注{0}</translation>
    </message>
    <message>
        <location filename="../../gui/annotations.py" line="74"/>
        <source>day {0:.0f}: {1}</source>
        <translation>第 {0:.0f} 天：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/annotations.py" line="96"/>
        <source>Note at day {0:.0f}:</source>
        <translation>第 {0:.0f} 天的批注：</translation>
    </message>
</context>
<context>
    <name>DistrictTile</name>
    <message>
        <location filename="../../gui/canvas/district_tiles.py" line="97"/>
        <source>utilisation {0:.2f} · {1}/{2} above 1.0</source>
        <translation>利用率 {0:.2f} · {1}/{2} 超过 1.0</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/district_tiles.py" line="101"/>
        <source>backlog {0:.0f} days</source>
        <translation>积压 {0:.0f} 天</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/district_tiles.py" line="103"/>
        <source>{0} units</source>
        <translation>{0} 个单位</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/district_tiles.py" line="104"/>
        <source>double-click to open</source>
        <translation>双击展开</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/export_dialog.py" line="31"/>
        <source>Export {0}</source>
        <translation>导出{0}</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="36"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="37"/>
        <source>SVG vector drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="39"/>
        <source>PNG for slides and documents; SVG to edit or scale without loss</source>
        <translation>PNG 用于幻灯片和文档；SVG 可无损编辑或缩放</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="51"/>
        <source>Keep the proportions of the view</source>
        <translation>保持视图比例</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="58"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="59"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="60"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="62"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="63"/>
        <source>Printed size</source>
        <translation>打印尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="68"/>
        <source>Slide</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="69"/>
        <source>1920 pixels wide, for a projector</source>
        <translation>宽 1920 像素，用于投影</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="74"/>
        <source>Report, 300 dpi</source>
        <translation>报告，300 dpi</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="75"/>
        <source>16 cm wide at 300 dpi</source>
        <translation>300 dpi 下宽 16 厘米</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="80"/>
        <source>Poster, 300 dpi</source>
        <translation>海报，300 dpi</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="81"/>
        <source>30 cm wide at 300 dpi</source>
        <translation>300 dpi 下宽 30 厘米</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="130"/>
        <source>{0:.1f} × {1:.1f} cm</source>
        <translation>{0:.1f} × {1:.1f} 厘米</translation>
    </message>
</context>
<context>
    <name>HelpDock</name>
    <message>
        <location filename="../../gui/panels/help_dock.py" line="26"/>
        <location filename="../../gui/panels/help_dock.py" line="89"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../gui/panels/help_dock.py" line="33"/>
        <source>Choose a mechanism, chart or output</source>
        <translation>选择一个机制、图表或输出指标</translation>
    </message>
    <message>
        <location filename="../../gui/panels/help_dock.py" line="78"/>
        <source>Help on “{0}”: press F1</source>
        <translation>“{0}”的帮助：按 F1 查看</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../gui/panels/inspector.py" line="53"/>
        <location filename="../../gui/panels/inspector.py" line="190"/>
        <source>Select a department on the canvas to edit it.</source>
        <translation>在画布上选择一个部门以编辑。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="62"/>
        <source>The name shown in English.</source>
        <translation>英文显示名称。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="64"/>
        <source>The name shown in Chinese (中文名称).</source>
        <translation>中文显示名称。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="69"/>
        <source>Hub: the 12345 hotline. Bureau (条): a functional line. Territorial (块): city, district, street or community government.</source>
        <translation>枢纽：12345 热线。条：职能部门条线。块：市、区、街道或社区属地政府。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="81"/>
        <source>The superior in its own line. You can also drag from the handle on top of a node to its superior.</source>
        <translation>本条线内的上级。也可以从节点顶部的手柄拖到其上级。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="89"/>
        <source>For a district bureau: the district government it also answers to (dual leadership, 条块).</source>
        <translation>区级职能部门同时向其负责的区政府（条块双重领导）。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="100"/>
        <source>Staff-hours of work per working day.</source>
        <translation>每个工作日的人员工时。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="107"/>
        <source>Residents of a street: tickets arise in proportion.</source>
        <translation>街道常住人口：工单按比例产生。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="111"/>
        <source>Categories this unit owns: tickets of these kinds can be dispatched to it.</source>
        <translation>本单位主管的类别：这些类别的工单可派给它。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="116"/>
        <source>Set legal authority by hand</source>
        <translation>手动设定执法权</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="118"/>
        <source>Off: authority follows the unit&apos;s kind and categories (a street has no enforcement power).</source>
        <translation>关闭时：执法权由单位类型和主管类别决定（街道没有执法权）。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="126"/>
        <source>Categories in which this unit may enforce the law.</source>
        <translation>本单位可依法执法的类别。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="128"/>
        <location filename="../../gui/problem_words.py" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="129"/>
        <location filename="../../gui/problem_words.py" line="24"/>
        <source>Name (中文)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="130"/>
        <location filename="../../gui/problem_words.py" line="21"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="131"/>
        <location filename="../../gui/problem_words.py" line="22"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="132"/>
        <location filename="../../gui/problem_words.py" line="19"/>
        <source>Superior</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="133"/>
        <location filename="../../gui/problem_words.py" line="20"/>
        <source>Territory</source>
        <translation>属地</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="95"/>
        <location filename="../../gui/panels/inspector.py" line="134"/>
        <location filename="../../gui/problem_words.py" line="18"/>
        <source>Capacity</source>
        <translation>工作能力</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="101"/>
        <location filename="../../gui/panels/inspector.py" line="135"/>
        <source>Residents</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="136"/>
        <source>Owns</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="138"/>
        <location filename="../../gui/problem_words.py" line="25"/>
        <source>Authority</source>
        <translation>执法权</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="186"/>
        <source>{0} departments selected.</source>
        <translation>已选择 {0} 个部门。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="219"/>
        <source>id: {0}</source>
        <translation>编号：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="244"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="277"/>
        <source>&lt;b&gt;Now:&lt;/b&gt; utilisation {0:.0%}, backlog {1:.1f} days, hidden work {2:.0%}</source>
        <translation>&lt;b&gt;当前：&lt;/b&gt;负荷率 {0:.0%}，积压 {1:.1f} 天，隐性工作 {2:.0%}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/inspector.py" line="295"/>
        <source>Edit {0}</source>
        <translation>编辑{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="93"/>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="94"/>
        <source>Edit the city and its mechanisms, run it, watch the charts</source>
        <translation>编辑城市及其机制，运行并观察图表</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134"/>
        <source>Mechanisms</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="162"/>
        <source>Simulated days per second, measured</source>
        <translation>实测每秒模拟天数</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166"/>
        <source>Tickets waiting or in process right now</source>
        <translation>当前等待或正在办理的工单</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="221"/>
        <source>Changed: {0}</source>
        <translation>已更改：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="266"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="310"/>
        <source>The structure breaks {0} rule(s): fix the red nodes to run.</source>
        <translation>结构违反 {0} 条规则：修正红色节点后才能运行。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>Structure changed: the run goes on from here with the new structure (a solid line on the charts). Undo brings the old structure back.</source>
        <translation>结构已更改：运行以新结构从此处继续（图表上的实线）。撤销可恢复原结构。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="337"/>
        <source>{0:.1f} days/s</source>
        <translation>{0:.1f} 天/秒</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="343"/>
        <source>{0} open tickets</source>
        <translation>{0} 件在办工单</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="364"/>
        <source>The structure has no problems.</source>
        <translation>结构没有问题。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="369"/>
        <source>Structure problems</source>
        <translation>结构问题</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="370"/>
        <source>These rules of the organisation are broken; a run cannot start until they are fixed:</source>
        <translation>以下组织规则被违反；修正之前无法开始运行：</translation>
    </message>
    <message>
        <location filename="../../gui/figures.py" line="107"/>
        <source>Export image…</source>
        <translation>导出图像…</translation>
    </message>
    <message>
        <location filename="../../gui/figures.py" line="109"/>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="482"/>
        <location filename="../../gui/panels/help_dock.py" line="56"/>
        <source>Assumptions</source>
        <translation>模型假设</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../gui/presenter.py" line="44"/>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/presenter.py" line="48"/>
        <source>Full screen, large fonts and lines, high contrast (F11)</source>
        <translation>全屏、大字体、粗线条、高对比度（F11）</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../gui/problems_dialog.py" line="37"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/problems_dialog.py" line="39"/>
        <source>Copy the list to the clipboard</source>
        <translation>将列表复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="24"/>
        <source>max</source>
        <translation>最快</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="25"/>
        <source>{0:g} days/s</source>
        <translation>{0:g} 天/秒</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="35"/>
        <location filename="../../gui/panels/run_bar.py" line="42"/>
        <location filename="../../gui/panels/run_bar.py" line="168"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="44"/>
        <location filename="../../gui/panels/run_bar.py" line="174"/>
        <source>Run or pause the simulation (Space)</source>
        <translation>运行或暂停模拟（空格键）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="48"/>
        <source>Step a day</source>
        <translation>前进一天</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="52"/>
        <source>Advance one simulated day (.)</source>
        <translation>模拟前进一天（.）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="56"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="61"/>
        <source>Back to day 0 with the current settings (Ctrl+R)</source>
        <translation>以当前设置回到第 0 天（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="68"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="75"/>
        <source>Simulated days per second, from slow to as fast as possible</source>
        <translation>每秒模拟天数，从慢到尽可能快</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="84"/>
        <source>Simulated days since the start (1 tick = 1 hour)</source>
        <translation>自开始以来的模拟天数（1 步 = 1 小时）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="87"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="92"/>
        <source>Random seed: the same seed gives the same citizens, so settings can be compared fairly. Changing it restarts.</source>
        <translation>随机种子：相同的种子产生相同的市民，便于公平比较不同设置。更改后重新开始。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="129"/>
        <location filename="../../gui/panels/run_bar.py" line="146"/>
        <source>Day {0}</source>
        <translation>第 {0} 天</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="162"/>
        <source>Set seed</source>
        <translation>设定种子</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="168"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="192"/>
        <source>{0} problem(s)</source>
        <translation>{0} 个问题</translation>
    </message>
    <message>
        <location filename="../../gui/panels/run_bar.py" line="194"/>
        <source>The structure breaks rules of the organisation; a run cannot start until they are fixed. Click for the list.</source>
        <translation>结构违反组织规则；修正之前无法开始运行。点击查看列表。</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../gui/runner.py" line="90"/>
        <source>There is no scenario to run.</source>
        <translation>没有可运行的情景。</translation>
    </message>
    <message>
        <location filename="../../gui/runner.py" line="91"/>
        <source>The structure has {0} problem(s); fix them to run:</source>
        <translation>结构有 {0} 个问题；修正后才能运行：</translation>
    </message>
    <message>
        <location filename="../../gui/runner.py" line="99"/>
        <source>Structure changed</source>
        <translation>结构变更</translation>
    </message>
</context>
<context>
    <name>ShockControl</name>
    <message>
        <location filename="../../gui/panels/shock.py" line="37"/>
        <source>A demand shock shifts the mix of requests towards one category for a while (a flood: utilities; an epidemic: civil affairs and health). Watch whether effort follows demand.</source>
        <translation>需求冲击在一段时间内使诉求结构偏向某一类别（洪水：公用事业；疫情：民政与卫生）。观察力量是否随需求流动。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/shock.py" line="46"/>
        <source>Demand shock</source>
        <translation>需求冲击</translation>
    </message>
    <message>
        <location filename="../../gui/panels/shock.py" line="57"/>
        <source>The category that suddenly gets more requests.</source>
        <translation>诉求骤增的类别。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/shock.py" line="66"/>
        <source>How far the mix of demand moves towards the category.</source>
        <translation>需求结构向该类别偏移的程度。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/shock.py" line="72"/>
        <source>How long the shock lasts.</source>
        <translation>冲击持续的时间。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/shock.py" line="73"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gui/panels/shock.py" line="74"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../gui/panels/shock.py" line="75"/>
        <source>Lasts</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../gui/panels/shock.py" line="77"/>
        <source>Inject shock now</source>
        <translation>立即施加冲击</translation>
    </message>
    <message>
        <location filename="../../gui/panels/shock.py" line="79"/>
        <source>Starts the shock at the current simulated hour and marks it on the charts.</source>
        <translation>在当前模拟时刻开始冲击，并在图表上标注。</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <location filename="../../gui/canvas/editor.py" line="48"/>
        <source>Add {0}</source>
        <translation>添加{0}</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editor.py" line="106"/>
        <source>Delete {0}</source>
        <translation>删除{0}</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editor.py" line="108"/>
        <source>Delete {0} departments</source>
        <translation>删除 {0} 个部门</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editor.py" line="127"/>
        <source>Paste {0} departments</source>
        <translation>粘贴 {0} 个部门</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editor.py" line="139"/>
        <source>Set territory of {0}</source>
        <translation>设定{0}的属地</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editor.py" line="141"/>
        <source>Set superior of {0}</source>
        <translation>设定{0}的上级</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editor.py" line="161"/>
        <source>Rename {0}</source>
        <translation>重命名{0}</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/editor.py" line="173"/>
        <source>Auto-layout</source>
        <translation>自动布局</translation>
    </message>
</context>
<context>
    <name>StructureScene</name>
    <message>
        <location filename="../../gui/canvas/scene.py" line="472"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/scene.py" line="477"/>
        <source>Add {0} below</source>
        <translation>在下方添加{0}</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/scene.py" line="484"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/scene.py" line="488"/>
        <source>Add here</source>
        <translation>在此添加</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/tooltips.py" line="20"/>
        <source>Capacity: {0} staff-hours a day</source>
        <translation>工作能力：每天 {0} 工时</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/tooltips.py" line="26"/>
        <source>Residents: {0}</source>
        <translation>常住人口：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/tooltips.py" line="30"/>
        <source>Owns: {0}</source>
        <translation>主管：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/tooltips.py" line="34"/>
        <source>Utilisation: {0:.0%} · backlog {1:.1f} days · hidden work {2:.0%}</source>
        <translation>负荷率：{0:.0%} · 积压 {1:.1f} 天 · 隐性工作 {2:.0%}</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/tooltips.py" line="44"/>
        <source>Drag the handle on top to a superior; F2 renames; Del deletes.</source>
        <translation>拖动顶部手柄到上级；F2 重命名；Del 删除。</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../gui/tour/controller.py" line="71"/>
        <source>Cannot start the tour</source>
        <translation>无法开始导览</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="72"/>
        <source>The tour file {0} has {1} problem(s):</source>
        <translation>导览文件 {0} 有 {1} 个问题：</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="101"/>
        <source>Open a tour</source>
        <translation>打开导览</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="103"/>
        <source>GovFlex tours (*.json)</source>
        <translation>GovFlex 导览 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="196"/>
        <source>Run this step →</source>
        <translation>运行这一步 →</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="198"/>
        <location filename="../../gui/tour/panel.py" line="118"/>
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="200"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="215"/>
        <location filename="../../gui/tour/panel.py" line="95"/>
        <source>Flexibility</source>
        <translation>灵活性</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="216"/>
        <location filename="../../gui/tour/panel.py" line="96"/>
        <source>Grassroots load</source>
        <translation>基层负荷</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="223"/>
        <source>as predicted</source>
        <translation>与预测一致</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="225"/>
        <source>predicted {0}</source>
        <translation>预测为 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="245"/>
        <source>Guided &amp;Tour</source>
        <translation>论文导览(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="247"/>
        <source>Walk through the paper&apos;s argument step by step (→ / ←, Esc)</source>
        <translation>一步步走过论文的论证（→ / ←，Esc）</translation>
    </message>
    <message>
        <location filename="../../gui/tour/controller.py" line="260"/>
        <source>Tour from a &amp;File…</source>
        <translation>从文件打开导览(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/tour/panel.py" line="89"/>
        <source>Predict first: which way will they move in this step?</source>
        <translation>先预测：这一步它们会朝哪个方向变化？</translation>
    </message>
    <message>
        <location filename="../../gui/tour/panel.py" line="116"/>
        <source>Leave the tour (Esc)</source>
        <translation>退出导览（Esc）</translation>
    </message>
    <message>
        <location filename="../../gui/tour/panel.py" line="117"/>
        <source>← Back</source>
        <translation>← 上一步</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../gui/actions.py" line="62"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="65"/>
        <source>Start a new small town</source>
        <translation>新建一个小镇</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="70"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="73"/>
        <source>Open a scenario file</source>
        <translation>打开情景文件</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="78"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="81"/>
        <source>Save the scenario</source>
        <translation>保存情景</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="86"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="89"/>
        <source>Save the scenario under a new name</source>
        <translation>以新名称保存情景</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="93"/>
        <source>Time series as CSV…</source>
        <translation>时间序列（CSV）…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="96"/>
        <source>One row per simulated day, one column per output</source>
        <translation>每个模拟日一行，每项输出一列</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="99"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="102"/>
        <source>Open &amp;Preset</source>
        <translation>打开预设(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="107"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="116"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="123"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="126"/>
        <source>Chart: {0}…</source>
        <translation>图表：{0}…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="130"/>
        <source>Structure canvas…</source>
        <translation>结构画布…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="139"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="142"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="147"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="150"/>
        <source>Cut the selected departments</source>
        <translation>剪切所选部门</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="155"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="158"/>
        <source>Copy the selected departments with everything below them</source>
        <translation>复制所选部门及其下属全部单位</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="163"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="166"/>
        <source>Paste departments (under fresh ids)</source>
        <translation>粘贴部门（使用新编号）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="171"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="174"/>
        <source>Delete the selected departments</source>
        <translation>删除所选部门</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="180"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="183"/>
        <source>Rename the selected department in place</source>
        <translation>就地重命名所选部门</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="188"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="193"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="197"/>
        <source>Copy &amp;Figure</source>
        <translation>复制图表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="200"/>
        <source>Structure canvas</source>
        <translation>结构画布</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="205"/>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="208"/>
        <source>Add a department below the selected one (or a street)</source>
        <translation>在所选部门下添加部门（或添加街道）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="213"/>
        <source>Auto-layout (条块)</source>
        <translation>自动布局（条块）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="216"/>
        <source>Arrange levels as rows, districts as blocks, lines as columns</source>
        <translation>层级为行，区为块，条线为列</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="220"/>
        <source>Show problems…</source>
        <translation>显示问题…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="223"/>
        <source>List every rule of the organisation the structure breaks</source>
        <translation>列出结构违反的每条组织规则</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="227"/>
        <source>Properties</source>
        <translation>部门属性</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="230"/>
        <source>Show the inspector</source>
        <translation>显示属性面板</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="232"/>
        <source>&amp;Structure</source>
        <translation>结构(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="233"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="241"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="244"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="248"/>
        <source>&amp;Fit the City</source>
        <translation>显示全市(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="251"/>
        <source>Show the whole structure (F)</source>
        <translation>显示整个结构（F）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="255"/>
        <source>Actual Size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="257"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="262"/>
        <source>Department names</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="266"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="267"/>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="268"/>
        <source>Both</source>
        <translation>中英对照</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="276"/>
        <source>Ticket flows on the canvas</source>
        <translation>画布上的工单流向</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="283"/>
        <source>Projector mode (thick lines)</source>
        <translation>投影模式（粗线）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="295"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="300"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="306"/>
        <source>About the &amp;Model…</source>
        <translation>关于模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="308"/>
        <source>&amp;Robustness of the Model&apos;s Findings…</source>
        <translation>模型结论的稳健性(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="312"/>
        <source>Do the findings keep their sign with each assumption 30 % off?</source>
        <translation>每个假设偏离 30 % 时，模型结论的方向是否不变？</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="315"/>
        <source>&amp;About GovFlex</source>
        <translation>关于 GovFlex(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="318"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="356"/>
        <source>About GovFlex</source>
        <translation>关于 GovFlex</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="357"/>
        <source>&lt;h3&gt;GovFlex {0}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;GovFlex {0}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="358"/>
        <source>&lt;p&gt;A workbench for digital governance: draw a city&apos;s bureaus (条) and territorial governments (块), switch platform institutions on and off, and watch flexibility against grassroots load.&lt;/p&gt;&lt;p&gt;The model &lt;i&gt;operationalises the mechanisms&lt;/i&gt; argued in Song Kaiye, “Manufacturing Flexibility: The Organizational Ecology and Institutional Environment of Digital Governance” (&lt;i&gt;Public Administration and Policy Review&lt;/i&gt; 2024, 13(4): 39–55), with magnitudes from published 12345-hotline practice. It does not reproduce the paper&apos;s data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;数字治理工作台：绘制城市的职能部门（条）与属地政府（块），开启或关闭平台制度，观察灵活性与基层负荷的此消彼长。&lt;/p&gt;&lt;p&gt;本模型&lt;i&gt;将论文所论证的机制操作化&lt;/i&gt;：宋锴业《制造灵活性：数字治理的组织生态及其制度环境》（《公共行政评论》2024 年第 13 卷第 4 期，第 39–55 页），参数量级取自公开的 12345 热线实践。模型并不复现论文的数据。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>assumptions</name>
    <message>
        <location filename="../../gui/assumption_labels.py" line="20"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="21"/>
        <source>What the cases are like: how many offices a case needs, how much work it takes, and how many are urgent, utility or complex cases.</source>
        <translation>诉求是什么样的：一件诉求需要几个部门、要花多少工作量，紧急、公用事业和复杂诉求各占多少。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="28"/>
        <source>The bureaucracy without a hotline</source>
        <translation>没有热线时的科层制</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="29"/>
        <source>How citizens find an office when no hub dispatches: the chance of the right door, and the delay, work and lost citizens of every forward.</source>
        <translation>没有中心派单时市民如何找到部门：找对门的概率，以及每次转办的延误、工作量和放弃的市民。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="36"/>
        <source>Expertise and jurisdiction of units</source>
        <translation>单位的专业能力与属地管辖</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="37"/>
        <source>How much each kind of unit knows of its own and of other fields, and how much local standing districts and the city have.</source>
        <translation>各类单位对本领域和其他领域的专业程度，以及区级和市级的属地地位。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="44"/>
        <source>Deadlines</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="45"/>
        <source>The time limits of the Beijing regulations for urgent, utility, general and complex cases.</source>
        <translation>北京条例对紧急、公用事业、一般和复杂诉求规定的时限。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="52"/>
        <source>The hotline hub</source>
        <translation>热线中心的工作</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="53"/>
        <source>The hub&apos;s own work per dispatched ticket and what counts as a timely response.</source>
        <translation>中心每派一张工单的自身工作量，以及怎样算及时响应。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="59"/>
        <source>Return requests</source>
        <translation>退单申请</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="60"/>
        <source>How units ask to send a case back, how often without reason, and what the hub&apos;s review costs.</source>
        <translation>单位如何申请退单、无理退单有多频繁，以及中心审核的成本。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="67"/>
        <source>Dispatch arbitration</source>
        <translation>派单争议仲裁</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="68"/>
        <source>How strict and how fast an arbiter settles disputes about where a case belongs.</source>
        <translation>仲裁方处理诉求归属争议的严格程度和速度。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="74"/>
        <source>Communities</source>
        <translation>社区转办</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="75"/>
        <source>How streets pass livelihood cases down to residents&apos; communities, and at what delay and cost.</source>
        <translation>街道如何把民生诉求转给社区，延误和成本多少。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="82"/>
        <source>How work is done</source>
        <translation>工作如何完成</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="83"/>
        <source>Night duty, urgent teams, how much data speeds work, and the cost of working a case together.</source>
        <translation>夜间值守、紧急小组、数据对工作速度的作用，以及协同办理的成本。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="90"/>
        <source>Quality of a resolution</source>
        <translation>办理质量</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="91"/>
        <source>What decides how well a case is settled: expertise, legal power, overload, quick fixes and a coarse catalogue.</source>
        <translation>决定诉求办得好坏的因素：专业能力、法定权力、超负荷、应急处置和粗糙的目录。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="98"/>
        <source>Citizen satisfaction</source>
        <translation>市民满意度</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="99"/>
        <source>The logistic model of whether a citizen is satisfied: quality raises it; lateness, forwards and repeat calls lower it.</source>
        <translation>市民是否满意的逻辑斯蒂模型：质量提高满意度；超时、转办和重复来电降低满意度。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="106"/>
        <source>Repeat calls (failure demand)</source>
        <translation>重复来电（失败需求）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="107"/>
        <source>How often a citizen whose need was not met calls again, and when.</source>
        <translation>诉求未被满足的市民多常再次来电，何时来电。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="113"/>
        <source>Data access</source>
        <translation>数据可及性</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="114"/>
        <source>How much of the data a case needs each unit can see under silos, blocks and shared data, and the forms streets fill in.</source>
        <translation>在数据孤岛、分块和共享之下各单位能看到办案所需数据的多少，以及街道要填的报表。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="121"/>
        <source>Performance assessment</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="122"/>
        <source>How scoring and ranking press units: reporting, overtime, care, deadline-first work and the marks they lose.</source>
        <translation>打分和排名如何给单位施压：报送、加班、用心办理、时限优先，以及被扣的分。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="129"/>
        <source>Gaming the numbers</source>
        <translation>数字博弈</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="130"/>
        <source>How often a pressed unit closes an unsolved case at its deadline, and how detection deters it.</source>
        <translation>受压单位多常在时限到时关闭未解决的诉求，以及被发现的风险如何起到威慑。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="137"/>
        <source>Persuading citizens</source>
        <translation>做市民工作</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="138"/>
        <source>How often pressed units talk unhappy citizens round, with what success and at what cost.</source>
        <translation>受压单位多常劝说不满意的市民，成功率和成本如何。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="145"/>
        <source>Excluding cases from the score</source>
        <translation>申诉剔除考核</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="146"/>
        <source>How often units ask to have cases excluded as unreasonable and how often the hub agrees.</source>
        <translation>单位多常以诉求不合理为由申请剔除，中心多常同意。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="153"/>
        <source>Fatigue</source>
        <translation>疲劳</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="154"/>
        <source>How overtime tires units and what tiredness costs in speed and quality.</source>
        <translation>加班如何使单位疲劳，以及疲劳在速度和质量上的代价。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="160"/>
        <source>Innovation projects</source>
        <translation>创新项目</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="161"/>
        <source>How many projects assessed units launch and how many street hours each costs.</source>
        <translation>受考核单位发起多少项目，每个项目耗费街道多少工时。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="167"/>
        <source>Escalation to superiors</source>
        <translation>向上级上报</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="168"/>
        <source>How often a unit without expertise, data, power or partner raises an exception, and what a superior&apos;s decision costs.</source>
        <translation>缺少专业、数据、权力或协办方的单位多常上报例外，以及上级决策的成本。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="175"/>
        <source>The whistle (吹哨报到)</source>
        <translation>街乡吹哨、部门报到（吹哨报到）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="176"/>
        <source>How a street summons a bureau to the site, what it costs both, and when the street decides to whistle.</source>
        <translation>街道如何召集部门到现场、双方各付出多少，以及街道何时决定吹哨。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="183"/>
        <source>Data-asset institutional design</source>
        <translation>数据资产制度设计</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="184"/>
        <source>What the unified form, empowered streets, on-site audits and a learning catalogue change.</source>
        <translation>一表通、赋权街道、现场核查和可学习的目录会改变什么。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="191"/>
        <source>Proactive governance</source>
        <translation>主动治理</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="192"/>
        <source>How monthly governance themes prevent demand and what a project costs.</source>
        <translation>每月治理主题如何预防诉求，以及一个项目的成本。</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="200"/>
        <source>Poisson mean of extra departments a case needs</source>
        <translation>一件诉求额外所需部门数的泊松均值</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="203"/>
        <source>median standard work of a case (lognormal)</source>
        <translation>一件诉求标准工作量的中位数（对数正态）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="206"/>
        <source>log-sd of standard work</source>
        <translation>标准工作量的对数标准差</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="207"/>
        <source>share of urgent cases (2 h deadline)</source>
        <translation>紧急诉求的比例（时限 2 小时）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="208"/>
        <source>share of 24 h cases</source>
        <translation>24 小时诉求的比例</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="209"/>
        <source>share of complex cases (15 days)</source>
        <translation>复杂诉求的比例（15 天）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="210"/>
        <source>a citizen finds the right office unaided</source>
        <translation>市民自己找对部门的概率</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="213"/>
        <source>delay of one forward between offices</source>
        <translation>部门间一次转办的延误</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="216"/>
        <source>work of a wrong office to forward a case</source>
        <translation>错误部门转办一件诉求的工作量</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="219"/>
        <source>a citizen gives up at each forward</source>
        <translation>每次转办时市民放弃的概率</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="220"/>
        <source>a unit asks the other office itself for a multi-department case</source>
        <translation>多部门诉求由单位自己联系另一部门的概率</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="223"/>
        <source>expertise below which a case is &apos;not ours&apos;</source>
        <translation>低于此专业度即认为“不归我们管”</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="226"/>
        <source>local standing of district units</source>
        <translation>区级单位的属地地位</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="229"/>
        <source>local standing of city units</source>
        <translation>市级单位的属地地位</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="230"/>
        <source>a bureau&apos;s expertise in its own line</source>
        <translation>委办局在本条线的专业度</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="233"/>
        <source>expertise outside one&apos;s field</source>
        <translation>本领域之外的专业度</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="234"/>
        <source>a street&apos;s expertise in livelihood cases</source>
        <translation>街道对民生诉求的专业度</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="237"/>
        <source>a street enforcement team&apos;s expertise</source>
        <translation>街道执法队的专业度</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="240"/>
        <source>a community&apos;s livelihood expertise</source>
        <translation>社区的民生专业度</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="243"/>
        <source>expertise of governments above the street</source>
        <translation>街道以上政府的专业度</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="246"/>
        <source>deadline of an urgent case</source>
        <translation>紧急诉求的时限</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="247"/>
        <source>deadline of a water, power, gas, heat case</source>
        <translation>水电气热诉求的时限</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="250"/>
        <source>deadline of a general case (7 days)</source>
        <translation>一般诉求的时限（7 天）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="251"/>
        <source>deadline of a complex case (15 days)</source>
        <translation>复杂诉求的时限（15 天）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="252"/>
        <source>manual dispatch</source>
        <translation>人工派单</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="253"/>
        <source>contact deadline counted as a response</source>
        <translation>计为响应的联系时限</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="256"/>
        <source>a unit requests a founded return</source>
        <translation>单位为有理由的退单提出申请的概率</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="257"/>
        <source>top rate of unfounded (strategic) return requests</source>
        <translation>无理（策略性）退单申请的最高比率</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="260"/>
        <source>the hub&apos;s review of a return request</source>
        <translation>中心审核一次退单申请的用时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="263"/>
        <source>hub and unit time per return request</source>
        <translation>每次退单申请中心和单位的用时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="264"/>
        <source>return requests a case may see</source>
        <translation>一件诉求最多可有的退单申请数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="265"/>
        <source>M7 arbitration rejects an unfounded request</source>
        <translation>M7 仲裁驳回无理申请的概率</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="268"/>
        <source>M7 arbitration: review delay factor</source>
        <translation>M7 仲裁：审核延误系数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="269"/>
        <source>a street passes a livelihood case down</source>
        <translation>街道把民生诉求转给社区的概率</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="272"/>
        <source>delay of passing a case to a community</source>
        <translation>转给社区的延误</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="275"/>
        <source>street time to pass a case on</source>
        <translation>街道转交一件诉求的用时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="276"/>
        <source>capacity on duty out of office hours</source>
        <translation>非工作时间的值守能力</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="277"/>
        <source>staff who work an urgent case at once</source>
        <translation>同时办理紧急诉求的人数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="278"/>
        <source>share of work speed that depends on data</source>
        <translation>工作速度中取决于数据的比例</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="279"/>
        <source>learning rate of a unit&apos;s track record</source>
        <translation>单位办理记录的学习速率</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="280"/>
        <source>a co-handler&apos;s work, share of the case&apos;s</source>
        <translation>协办方的工作量占诉求的比例</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="281"/>
        <source>coordination per co-handler without data</source>
        <translation>无数据时每个协办方的协调用时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="284"/>
        <source>quality of a case handled with no expertise</source>
        <translation>毫无专业时办理的质量</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="285"/>
        <source>expertise that counts without legal power</source>
        <translation>没有法定权力时专业度的折算</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="288"/>
        <source>utilisation above which quality suffers</source>
        <translation>超过此利用率质量开始下降</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="291"/>
        <source>quality lost per unit of overload</source>
        <translation>每单位超负荷损失的质量</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="292"/>
        <source>quality factor of a quick fix</source>
        <translation>应急处置的质量系数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="293"/>
        <source>nuance lost by a coarse catalogue</source>
        <translation>粗糙目录丢失的细节</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="296"/>
        <source>citizen satisfaction: intercept</source>
        <translation>市民满意度：截距</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="297"/>
        <source>satisfaction: weight of a resolved case&apos;s quality</source>
        <translation>满意度：已解决诉求质量的权重</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="300"/>
        <source>satisfaction: cost per day late (up to 10)</source>
        <translation>满意度：每超时一天的代价（最多 10 天）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="303"/>
        <source>satisfaction: cost per forward between offices</source>
        <translation>满意度：每次部门间转办的代价</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="306"/>
        <source>satisfaction: cost of a multi-department case</source>
        <translation>满意度：多部门诉求的代价</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="309"/>
        <source>satisfaction: cost per earlier call of the same need</source>
        <translation>满意度：同一诉求此前每次来电的代价</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="312"/>
        <source>an unresolved citizen calls again</source>
        <translation>诉求未解决的市民再次来电</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="313"/>
        <source>a resolved, unsatisfied citizen calls again</source>
        <translation>已解决但不满意的市民再次来电</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="316"/>
        <source>mean delay of a repeat call (exponential)</source>
        <translation>重复来电的平均间隔（指数分布）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="319"/>
        <source>repeat calls of one need at most</source>
        <translation>同一诉求最多的重复来电次数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="320"/>
        <source>silo: access to one&apos;s own records</source>
        <translation>数据孤岛：对本单位记录的访问</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="321"/>
        <source>access to another block&apos;s data</source>
        <translation>对其他分块数据的访问</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="322"/>
        <source>shared regime: access across blocks</source>
        <translation>共享模式：跨分块的访问</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="323"/>
        <source>M7 data asset: access of every role</source>
        <translation>M7 数据资产：每个角色的访问</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="324"/>
        <source>M7 data asset: data back to streets</source>
        <translation>M7 数据资产：数据回流街道</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="327"/>
        <source>forms each line asks of a street weekly</source>
        <translation>每条线每周要求街道填的报表数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="330"/>
        <source>hours of a form without data access</source>
        <translation>无数据访问时一张报表的工时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="331"/>
        <source>access needed to serve a category</source>
        <translation>办理某类诉求所需的数据访问</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="332"/>
        <source>reporting per assessed ticket</source>
        <translation>每张受考核工单的报送用时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="333"/>
        <source>how much more pressure the bottom ranks feel</source>
        <translation>排名靠后者多感受到的压力</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="336"/>
        <source>overtime at full pressure</source>
        <translation>满压力时的加班</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="337"/>
        <source>quality gained by care at full pressure</source>
        <translation>满压力时用心办理提高的质量</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="340"/>
        <source>extra hours a case takes with that care</source>
        <translation>用心办理时一件诉求多花的工时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="343"/>
        <source>deadline-first weight at full pressure</source>
        <translation>满压力时时限优先的权重</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="346"/>
        <source>scoring window</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="347"/>
        <source>day of the first scoring (then every window)</source>
        <translation>首次考核的日子（此后每个周期）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="350"/>
        <source>response score lost per rejected return</source>
        <translation>每次退单被驳回扣的响应分</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="353"/>
        <source>score lost per detected gamed case</source>
        <translation>每件被发现的博弈诉求扣的分</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="356"/>
        <source>closing an open case at its deadline, full pressure</source>
        <translation>满压力时在时限到时关闭未办结诉求</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="359"/>
        <source>how strongly the chance of detection deters</source>
        <translation>被发现的风险威慑有多强</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="362"/>
        <source>how fast a unit learns its chance of detection</source>
        <translation>单位多快了解到被发现的风险</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="365"/>
        <source>work a reopened gamed case needs at least</source>
        <translation>重新打开的博弈诉求至少需要的工作量</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="368"/>
        <source>persuasion attempts per unit of own pressure</source>
        <translation>每单位自身压力的劝说次数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="371"/>
        <source>a citizen is talked round (做工作)</source>
        <translation>市民被说服（做工作）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="372"/>
        <source>staff time of one persuasion</source>
        <translation>一次劝说的人员用时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="373"/>
        <source>exclusion requests per unit of own pressure</source>
        <translation>每单位自身压力的剔除申请数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="376"/>
        <source>the hub excludes a case as unreasonable (剔除)</source>
        <translation>中心以不合理为由剔除诉求（剔除）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="379"/>
        <source>memory of a unit&apos;s fatigue (moving average)</source>
        <translation>单位疲劳的记忆期（移动平均）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="380"/>
        <source>work rate lost per unit of fatigue</source>
        <translation>每单位疲劳损失的工作速率</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="381"/>
        <source>quality lost per unit of fatigue</source>
        <translation>每单位疲劳损失的质量</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="382"/>
        <source>projects per assessed unit a month at pi = 1</source>
        <translation>π = 1 时每个受考核单位每月的项目数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="385"/>
        <source>life of an innovation project</source>
        <translation>创新项目的持续时间</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="386"/>
        <source>weekly street hours per project in scope</source>
        <translation>每个项目每周占用的街道工时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="389"/>
        <source>M7 redesign: projects launched</source>
        <translation>M7 考核改革：发起的项目</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="392"/>
        <source>exception hazard: expertise x data gap</source>
        <translation>上报风险：专业 × 数据缺口</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="395"/>
        <source>exception hazard: no legal power</source>
        <translation>上报风险：无法定权力</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="396"/>
        <source>exception hazard: partner missing</source>
        <translation>上报风险：缺少协办方</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="399"/>
        <source>a superior&apos;s time per decision</source>
        <translation>上级每次决策的用时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="400"/>
        <source>delay of a reassigned case</source>
        <translation>改派诉求的延误</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="401"/>
        <source>rework a superior orders, share of the case</source>
        <translation>上级要求的返工占诉求的比例</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="404"/>
        <source>escalations of one case at most</source>
        <translation>一件诉求最多的上报次数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="407"/>
        <source>the bureau reports within 30 minutes</source>
        <translation>部门 30 分钟内报到</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="408"/>
        <source>street time to summon a bureau</source>
        <translation>街道召集部门的用时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="409"/>
        <source>bureau time to report on site</source>
        <translation>部门到现场报到的用时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="410"/>
        <source>share of the case the bureau works on site</source>
        <translation>部门在现场办理的诉求比例</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="413"/>
        <source>waiting the street accepts before it whistles</source>
        <translation>街道吹哨前愿意等待的时间</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="416"/>
        <source>weight of a summoned case in the street&apos;s hours</source>
        <translation>被召集诉求在街道工时中的权重</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="419"/>
        <source>streets&apos; rating in a bureau&apos;s score</source>
        <translation>街道评价在部门得分中的比重</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="422"/>
        <source>one form: form work</source>
        <translation>一表通：报表工作</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="423"/>
        <source>one form: reporting</source>
        <translation>一表通：报送</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="424"/>
        <source>street enforcement expertise, grown</source>
        <translation>赋权后街道执法专业度的增长上限</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="427"/>
        <source>time constant of empowered expertise</source>
        <translation>赋权专业度的时间常数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="430"/>
        <source>closures the hub verifies on site</source>
        <translation>中心现场核查的办结比例</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="431"/>
        <source>consistent resolutions before the catalogue moves</source>
        <translation>目录调整前所需的一致办结次数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="434"/>
        <source>themes a month</source>
        <translation>每月主题数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="435"/>
        <source>months a governance project lowers demand</source>
        <translation>治理项目降低需求的月数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="438"/>
        <source>demand prevented with full data access</source>
        <translation>数据完全可及时预防的需求</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="441"/>
        <source>staff time of a project, bureau and district each</source>
        <translation>一个项目的人员用时（部门和区各自）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="447"/>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="448"/>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="449"/>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="450"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="451"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="452"/>
        <source>factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="453"/>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="454"/>
        <source>logit</source>
        <translation>logit 系数</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="458"/>
        <source>12345 hotline reports</source>
        <translation>12345 热线报告</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="459"/>
        <source>Beijing monthly ranking</source>
        <translation>北京月度排名</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="460"/>
        <source>Beijing 接诉即办 regulations (2021)</source>
        <translation>《北京市接诉即办工作条例》（2021）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="461"/>
        <source>Seddon 2003, 2008 (failure demand 40-80 % in public-service contact centres)</source>
        <translation>Seddon 2003、2008（公共服务联络中心的失败需求占 40–80 %）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="465"/>
        <source>一表通 pilots</source>
        <translation>一表通试点</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="466"/>
        <source>每月一题 (Beijing, 2021-)</source>
        <translation>每月一题（北京，2021 年起）</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="509"/>
        <source>Sourced: {0}</source>
        <translation>有出处：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="511"/>
        <source>Modelling choice, bounded by {0}</source>
        <translation>建模选择，范围依据 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="514"/>
        <source>Modelling choice</source>
        <translation>建模选择</translation>
    </message>
    <message>
        <location filename="../../gui/assumption_labels.py" line="541"/>
        <source>Assumption “{0}” = {1}</source>
        <translation>假设“{0}” = {1}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="122"/>
        <source>default {0} · plausible {1}–{2} {3} · {4}</source>
        <translation>默认 {0} · 合理范围 {1}–{2} {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="126"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="128"/>
        <source>Back to the default, {0}</source>
        <translation>恢复默认值 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="136"/>
        <source>sourced</source>
        <translation>有出处</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="137"/>
        <source>modelling choice</source>
        <translation>建模选择（假设）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="147"/>
        <source>Default {0}; plausible range {1}–{2} ({3}).</source>
        <translation>默认 {0}；合理范围 {1}–{2}（{3}）。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="152"/>
        <source>The scenario accepts {0} to {1}.</source>
        <translation>情景文件接受 {0} 至 {1}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="154"/>
        <source>any larger value</source>
        <translation>任意更大的值</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="170"/>
        <source>Changed from the default</source>
        <translation>已偏离默认值</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="278"/>
        <source>{0} changed</source>
        <translation>{0} 项已改</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="376"/>
        <source>Every number the model&apos;s rules rest on. Change one while the city runs; hover for its source.</source>
        <translation>模型规则所依赖的每一个数字。可在城市运行时修改；悬停查看出处。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="382"/>
        <source>Find an assumption…</source>
        <translation>查找假设…</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="384"/>
        <source>Type words of a label or a path, e.g. repeat.unresolved</source>
        <translation>输入名称中的词或路径，例如 repeat.unresolved</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="386"/>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="388"/>
        <source>Every assumption back to its default (one undo step)</source>
        <translation>所有假设恢复默认值（一步撤销）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="405"/>
        <source>{0} of {1} assumptions differ from the default.</source>
        <translation>{1} 项假设中有 {0} 项偏离默认值。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="409"/>
        <source>All {0} assumptions at their defaults.</source>
        <translation>全部 {0} 项假设均为默认值。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="434"/>
        <source>No assumption matches “{0}”.</source>
        <translation>没有与“{0}”匹配的假设。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="437"/>
        <source>{0} assumptions match.</source>
        <translation>{0} 项假设匹配。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="460"/>
        <source>Reset {0} to {1}</source>
        <translation>将{0}重置为 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="471"/>
        <source>Reset all assumptions</source>
        <translation>重置全部假设</translation>
    </message>
</context>
<context>
    <name>attribution</name>
    <message>
        <location filename="../../gui/compare/attribution_view.py" line="17"/>
        <source>&lt;p&gt;&lt;b&gt;How much of the change did each mechanism cause?&lt;/b&gt; Imagine making B&apos;s
changes to A one at a time. The first change made gets credit for everything it moves; later
ones only for what they add on top — so the order would decide who gets credit. The
&lt;b&gt;Shapley value&lt;/b&gt; (from cooperative game theory) removes that arbitrariness: it averages
each mechanism&apos;s extra effect over &lt;i&gt;every&lt;/i&gt; order in which the changes could be made.
The shares then add up exactly to the total change, and a mechanism that only works together
with another (dispatch with shared data) shares the credit with it.&lt;/p&gt;
&lt;p&gt;GovFlex runs A with every combination of B&apos;s changed mechanisms (exact up to 7
mechanisms, sampled orders beyond), all on the same seeds, so luck cancels out.
Changes outside the mechanisms — departments, demand — appear as &lt;i&gt;other changes&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;每个机制各造成了多少变化？&lt;/b&gt;设想把 B 的改动逐一施加到 A 上。
最先施加的改动会获得它所带来的全部变化的功劳；后面的改动只获得在此基础上新增的部分——
于是功劳归属取决于顺序。&lt;b&gt;Shapley 值&lt;/b&gt;（源自合作博弈论）消除了这种任意性：
它把每个机制的额外效应在改动的&lt;i&gt;所有&lt;/i&gt;可能顺序上取平均。
这样各份额之和恰好等于总变化；只有与其他机制配合才起作用的机制（如派单与数据共享）会与之分享功劳。&lt;/p&gt;
&lt;p&gt;GovFlex 用 B 所改动机制的每一种组合运行 A（7 个机制以内精确计算，超出则对顺序抽样），
全部使用相同的随机种子，从而抵消运气成分。
机制以外的改动——部门、需求——显示为&lt;i&gt;其他改动&lt;/i&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/compare/attribution_view.py" line="45"/>
        <source>Attribute the change A → B</source>
        <translation>分解变化 A → B</translation>
    </message>
    <message>
        <location filename="../../gui/compare/attribution_view.py" line="66"/>
        <source>A and B use the same mechanisms: nothing to split.</source>
        <translation>A 与 B 使用相同的机制：没有可分解的变化。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/attribution_view.py" line="86"/>
        <source>Splitting the change among {0} over {1} seed(s)…</source>
        <translation>正在用 {1} 个随机种子把变化分解到 {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/attribution_view.py" line="97"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../../gui/compare/attribution_view.py" line="99"/>
        <source>sampled</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../../gui/compare/attribution_view.py" line="102"/>
        <source>Shares of {0} changed mechanism(s), {1} Shapley values.</source>
        <translation>{0} 个改动机制的份额，{1} Shapley 值。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/attribution_view.py" line="109"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/attribution_view.py" line="112"/>
        <source>Failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="23"/>
        <source>M1
entrance</source>
        <translation>M1
入口</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="24"/>
        <source>M2
interface</source>
        <translation>M2
界面</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="25"/>
        <source>M3
dispatch</source>
        <translation>M3
派单</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="26"/>
        <source>M4
data</source>
        <translation>M4
数据</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="27"/>
        <source>M5
assessment</source>
        <translation>M5
考核</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="28"/>
        <source>M6
escalation</source>
        <translation>M6
上报</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="29"/>
        <source>M7
data design</source>
        <translation>M7
数据设计</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="85"/>
        <source>From A&apos;s value (left) to B&apos;s value (right): each bar is one mechanism&apos;s fair share of the change. Green helps the city (more flexibility, less load), red hurts it. The axis does not start at zero, so small shares stay visible.</source>
        <translation>从 A 的值（左）到 B 的值（右）：每根条形是一个机制在变化中应得的份额。绿色对城市有利（灵活性更高、负荷更低），红色不利。坐标轴不从零开始，以便小份额也清晰可见。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="111"/>
        <source>Why did it move? Shares of the change from A to B</source>
        <translation>为何变化？从 A 到 B 的变化份额</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="166"/>
        <source>other
changes</source>
        <translation>其他
改动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="168"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../gui/compare/waterfall.py" line="170"/>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../gui/charts/base.py" line="52"/>
        <source>day {0:.0f}: {1}</source>
        <translation>第 {0:.0f} 天：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/charts/base.py" line="129"/>
        <location filename="../../gui/compare/charts.py" line="49"/>
        <source>day</source>
        <translation>时间（天）</translation>
    </message>
    <message>
        <location filename="../../gui/charts/base.py" line="230"/>
        <source>0.85 sustainable</source>
        <translation>0.85 可持续</translation>
    </message>
    <message>
        <location filename="../../gui/charts/base.py" line="231"/>
        <source>0.90 burnout</source>
        <translation>0.90 过劳</translation>
    </message>
    <message>
        <location filename="../../gui/charts/components.py" line="64"/>
        <source>Top: the four parts of flexibility. Middle: grassroots load by kind of work — casework at the bottom, hidden work (coordination, rework, reporting, innovation projects, escalation, persuading citizens, governance projects) stacked on top. Bottom: failure demand (repeat calls about cases not truly solved) and the grassroots units&apos; fatigue.</source>
        <translation>上：灵活性的四个部分。中：按工作类型划分的基层负荷——办件在底部，隐性工作（协调、返工、报表填报、创新项目、上报、做工作、治理项目）叠加其上。下：失败需求（因诉求未真正解决而重复来电）和基层单位的疲劳。</translation>
    </message>
    <message>
        <location filename="../../gui/charts/components.py" line="73"/>
        <source>Parts of flexibility</source>
        <translation>灵活性的构成</translation>
    </message>
    <message>
        <location filename="../../gui/charts/components.py" line="82"/>
        <source>Grassroots load by kind of work</source>
        <translation>按工作类型划分的基层负荷</translation>
    </message>
    <message>
        <location filename="../../gui/charts/components.py" line="103"/>
        <source>Failure demand and fatigue</source>
        <translation>失败需求与疲劳</translation>
    </message>
    <message>
        <location filename="../../gui/charts/components.py" line="118"/>
        <source>Parts of flexibility and load</source>
        <translation>灵活性与负荷的构成</translation>
    </message>
    <message>
        <location filename="../../gui/charts/plane.py" line="51"/>
        <source>The paper&apos;s argument in one picture: each point is the city at a moment. Platform mechanisms move it up (more flexible); the tensions — data in blocks, power without responsibility, assessment and innovation pressure — push it right (overloaded streets) and down. The trail fades with age.</source>
        <translation>一张图看懂论文的论证：每个点是城市在某一时刻的状态。平台机制把它向上推（更灵活）；各种张力——数据条块分割、有责无权、考核与创新压力——把它推向右方（街道超负荷）和下方。轨迹越旧越淡。</translation>
    </message>
    <message>
        <location filename="../../gui/charts/plane.py" line="61"/>
        <location filename="../../gui/charts/plane.py" line="113"/>
        <source>Flexibility against grassroots load</source>
        <translation>灵活性—基层负荷平面</translation>
    </message>
    <message>
        <location filename="../../gui/charts/plane.py" line="62"/>
        <location filename="../../gui/compare/charts.py" line="157"/>
        <location filename="../../gui/sweep/charts.py" line="228"/>
        <source>flexibility</source>
        <translation>灵活性指数</translation>
    </message>
    <message>
        <location filename="../../gui/charts/plane.py" line="63"/>
        <location filename="../../gui/compare/charts.py" line="158"/>
        <location filename="../../gui/sweep/charts.py" line="229"/>
        <source>grassroots load (utilisation)</source>
        <translation>基层负荷（负荷率）</translation>
    </message>
    <message>
        <location filename="../../gui/charts/plane.py" line="89"/>
        <source>↑ mechanisms make the city more flexible</source>
        <translation>↑ 机制使城市更灵活</translation>
    </message>
    <message>
        <location filename="../../gui/charts/plane.py" line="96"/>
        <source>tensions push it
right and down ↘</source>
        <translation>张力把它推向
右下方 ↘</translation>
    </message>
    <message>
        <location filename="../../gui/charts/plane.py" line="148"/>
        <source>day {0:.0f}</source>
        <translation>第 {0:.0f} 天</translation>
    </message>
    <message>
        <location filename="../../gui/charts/timeline.py" line="29"/>
        <source>Flexibility (how well the organisation bends around demand) and grassroots load (street and community staff utilisation) over time. Above 0.90, waiting times explode. Dashed vertical lines: a mechanism changed or a shock began.</source>
        <translation>灵活性（组织围绕需求弯折的能力）与基层负荷（街道和社区人员的负荷率）随时间的变化。超过 0.90 时等待时间急剧上升。竖虚线：机制改变或冲击开始。</translation>
    </message>
    <message>
        <location filename="../../gui/charts/timeline.py" line="36"/>
        <location filename="../../gui/charts/timeline.py" line="51"/>
        <source>Flexibility and grassroots load</source>
        <translation>灵活性与基层负荷</translation>
    </message>
    <message>
        <location filename="../../gui/charts/timeline.py" line="73"/>
        <source>S{0}</source>
        <translation>冲{0}</translation>
    </message>
    <message>
        <location filename="../../gui/charts/timeline.py" line="75"/>
        <source>shock: {0}, days {1:.0f}–{2:.0f}</source>
        <translation>冲击：{0}，第 {1:.0f}–{2:.0f} 天</translation>
    </message>
    <message>
        <location filename="../../gui/layout/chart_area.py" line="32"/>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <location filename="../../gui/layout/chart_area.py" line="33"/>
        <source>Over time</source>
        <translation>随时间</translation>
    </message>
    <message>
        <location filename="../../gui/layout/chart_area.py" line="34"/>
        <source>True vs reported</source>
        <translation>真实与上报</translation>
    </message>
    <message>
        <location filename="../../gui/layout/chart_area.py" line="35"/>
        <source>Parts</source>
        <translation>构成</translation>
    </message>
    <message>
        <location filename="../../gui/charts/gaming.py" line="31"/>
        <source>Solid: what truly happened. Dashed: what the hotline&apos;s callbacks (回访) record, the rates units are assessed on. Under assessment pressure tickets are &apos;closed&apos; unsolved and citizens talked round before the callback; the shaded band is the gaming gap.</source>
        <translation>实线：真实情况。虚线：热线回访记录的结果，即考核各单位所用的比率。在考核压力下，未解决的工单被“办结”，市民在回访前被“做工作”；阴影带为虚报差距。</translation>
    </message>
    <message>
        <location filename="../../gui/charts/gaming.py" line="39"/>
        <location filename="../../gui/charts/gaming.py" line="65"/>
        <source>True against recorded performance</source>
        <translation>真实绩效与回访记录</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../gui/commands.py" line="63"/>
        <source>Move department</source>
        <translation>移动部门</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="65"/>
        <source>Move {0} departments</source>
        <translation>移动 {0} 个部门</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="88"/>
        <source>Edit {0}</source>
        <translation>编辑{0}</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="129"/>
        <source>Set {0}</source>
        <translation>设定{0}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <location filename="../../gui/compare/charts.py" line="39"/>
        <source>A (blue) and B (orange) run on the same seed: the same citizens call in both cities, so where the lines part, the institutions parted them. The strip shows B − A: above zero B is more flexible, or its streets carry more load.</source>
        <translation>A（蓝）与 B（橙）使用同一随机种子运行：两座城市中来电的是同一批市民，因此曲线分开之处，是制度把它们分开的。下方条带显示 B − A：高于零表示 B 更灵活，或其街道负荷更重。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/charts.py" line="49"/>
        <source>Difference B − A</source>
        <translation>差值 B − A</translation>
    </message>
    <message>
        <location filename="../../gui/compare/charts.py" line="72"/>
        <location filename="../../gui/compare/charts.py" line="174"/>
        <location filename="../../gui/compare/table.py" line="83"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../gui/compare/charts.py" line="73"/>
        <location filename="../../gui/compare/charts.py" line="174"/>
        <location filename="../../gui/compare/table.py" line="84"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../gui/compare/charts.py" line="74"/>
        <source>Δ flexibility</source>
        <translation>Δ 灵活性</translation>
    </message>
    <message>
        <location filename="../../gui/compare/charts.py" line="75"/>
        <source>Δ load</source>
        <translation>Δ 负荷</translation>
    </message>
    <message>
        <location filename="../../gui/compare/charts.py" line="84"/>
        <source>A and B over time, and the difference B − A</source>
        <translation>A 与 B 随时间的变化，以及差值 B − A</translation>
    </message>
    <message>
        <location filename="../../gui/compare/charts.py" line="147"/>
        <source>Each design&apos;s trail in the flexibility–load plane (two-day averages). Up is more flexible, right is more load on the streets: a better design moves the trail up and to the left. Circles mark day 1, dots the last day.</source>
        <translation>每个方案在灵活性–负荷平面上的轨迹（两日平均）。越往上越灵活，越往右街道负荷越重：更好的方案使轨迹向左上方移动。圆圈标记第 1 天，圆点标记最后一天。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/charts.py" line="156"/>
        <location filename="../../gui/compare/charts.py" line="186"/>
        <source>A and B in the flexibility–load plane</source>
        <translation>灵活性–负荷平面上的 A 与 B</translation>
    </message>
    <message>
        <location filename="../../gui/compare/charts.py" line="180"/>
        <source>A (pinned design)</source>
        <translation>A（固定的方案）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/charts.py" line="181"/>
        <source>B (variant)</source>
        <translation>B（变体）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="95"/>
        <source>The structure has problems; fix them first.</source>
        <translation>结构存在问题，请先修正。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="110"/>
        <source>Pinned as A: {0}. Open Compare (Ctrl+2) to run it.</source>
        <translation>已固定为 A：{0}。打开“比较”（Ctrl+2）运行。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="126"/>
        <source>Made variant B: {0}. Open Compare (Ctrl+2) to run it.</source>
        <translation>已生成变体 B：{0}。打开“比较”（Ctrl+2）运行。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="156"/>
        <source>&lt;i&gt;not set&lt;/i&gt;</source>
        <translation>&lt;i&gt;未设置&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="180"/>
        <source>{0} department(s)</source>
        <translation>{0} 个部门</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="182"/>
        <source>the same design as A</source>
        <translation>与 A 方案相同</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="183"/>
        <source>differs from A in: {0}</source>
        <translation>与 A 的不同之处：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="187"/>
        <source>Pin a design as A first.</source>
        <translation>请先将一个方案固定为 A。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="211"/>
        <source>+ added in B: {0}</source>
        <translation>+ B 中新增：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="213"/>
        <source>− removed in B: {0}</source>
        <translation>− B 中删除：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="216"/>
        <source>≠ changed: {0} ({1})</source>
        <translation>≠ 已更改：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="219"/>
        <source>A and B have the same departments and links.</source>
        <translation>A 与 B 的部门和关联相同。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="243"/>
        <source>seed {0}, {1:.0f} days: {2} vs {3}</source>
        <translation>随机种子 {0}，{1:.0f} 天：{2} 对 {3}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="255"/>
        <source>Day {0:.1f}</source>
        <translation>第 {0:.1f} 天</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="318"/>
        <source>Make the runs longer than the warm-up of {0} days: the summary leaves the warm-up out.</source>
        <translation>请让运行时长超过 {0} 天的预热期：汇总不计入预热期。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="348"/>
        <source>{0} seeds × 2 designs, {1:.0f} days each…</source>
        <translation>{0} 个随机种子 × 2 个方案，每次 {1:.0f} 天…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="365"/>
        <source>Paired over seeds {0}–{1}.</source>
        <translation>在随机种子 {0}–{1} 上配对。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="369"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/controller.py" line="372"/>
        <source>Failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="63"/>
        <source>Export figure pack into a folder</source>
        <translation>将图表包导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="71"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="75"/>
        <source>Wrote {0} files into {1}</source>
        <translation>已将 {0} 个文件写入 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="91"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="92"/>
        <source>Design A against design B on the same citizens</source>
        <translation>同一批市民下方案 A 与方案 B 的对比</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="97"/>
        <source>Sweeps</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="103"/>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="104"/>
        <location filename="../../gui/compare/install.py" line="157"/>
        <source>Which assumptions does a conclusion rest on? (Morris, Sobol)</source>
        <translation>结论依赖于哪些假设？（Morris、Sobol）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="111"/>
        <source>Pin as &amp;A</source>
        <translation>固定为 A(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="113"/>
        <source>The design in the workbench, as it is now, becomes A</source>
        <translation>工作台中当前的方案成为 A</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="117"/>
        <source>Make variant &amp;B</source>
        <translation>生成变体 B(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="119"/>
        <source>After editing the workbench: its design now becomes B</source>
        <translation>编辑工作台之后：其当前方案成为 B</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="123"/>
        <source>Run A and B &amp;side by side</source>
        <translation>并排运行 A 与 B(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="125"/>
        <source>Both designs on the same seed: the same citizens in both</source>
        <translation>两个方案使用同一随机种子：两边是同一批市民</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="129"/>
        <source>Compare over &amp;seeds</source>
        <translation>跨随机种子比较(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="131"/>
        <source>The summary table with differences and 95 % intervals</source>
        <translation>含差值与 95 % 区间的汇总表</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="135"/>
        <source>&amp;Why did it move?</source>
        <translation>为何变化？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="137"/>
        <source>Split the change from A to B among the mechanisms</source>
        <translation>将从 A 到 B 的变化分解到各机制</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="143"/>
        <source>Move each assumption to ×0.7 and ×1.3: does B − A keep its sign?</source>
        <translation>把每个假设分别调到 ×0.7 和 ×1.3：B − A 的方向是否不变？</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="149"/>
        <source>S&amp;weeps…</source>
        <translation>参数扫描(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="163"/>
        <source>Charts, canvas, CSV, JSON record, caption and credibility dossier into a folder</source>
        <translation>图表、结构图、CSV、JSON 记录、图注和可信度档案存入一个文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="98"/>
        <location filename="../../gui/compare/install.py" line="151"/>
        <source>Turn one or two knobs, or every on/off combination</source>
        <translation>调节一两个参数，或遍历所有开/关组合</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="141"/>
        <source>Is B − A &amp;robust?…</source>
        <translation>B − A 稳健吗(&amp;R)？…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="155"/>
        <source>Sensitivity &amp;analysis…</source>
        <translation>敏感性分析(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="161"/>
        <source>Export figure &amp;pack…</source>
        <translation>导出图表包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="170"/>
        <source>Export figure pack with PDF &amp;report…</source>
        <translation>导出图表包及 PDF 报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="172"/>
        <source>The figure pack and a PDF with figures and tables</source>
        <translation>图表包以及含图表和表格的 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/compare/install.py" line="175"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="60"/>
        <source>1. &lt;b&gt;Pin as A&lt;/b&gt; the design in the workbench. 2. Change mechanisms, parameters or departments in the workbench. 3. &lt;b&gt;Make variant B&lt;/b&gt;: the workbench as it is now becomes B. A and B then run on the same seeds — the same citizens call in both cities.</source>
        <translation>1. 将工作台中的方案&lt;b&gt;固定为 A&lt;/b&gt;。2. 在工作台中更改机制、参数或部门。3. &lt;b&gt;生成变体 B&lt;/b&gt;：工作台当前的方案成为 B。之后 A 与 B 使用相同的随机种子运行——两座城市中来电的是同一批市民。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="70"/>
        <source>Pin as A</source>
        <translation>固定为 A</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="71"/>
        <source>Make variant B</source>
        <translation>生成变体 B</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="72"/>
        <source>Edit A</source>
        <translation>编辑 A</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="73"/>
        <source>Edit B</source>
        <translation>编辑 B</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="75"/>
        <source>Open A in the workbench (to derive a new B)</source>
        <translation>在工作台中打开 A（以派生新的 B）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="76"/>
        <source>Open B in the workbench</source>
        <translation>在工作台中打开 B</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="93"/>
        <source>The one seed both live runs share</source>
        <translation>两个实时运行共用的随机种子</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="98"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="102"/>
        <source>Seeds for the table and the attribution</source>
        <translation>用于汇总表和变化分解的随机种子</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="103"/>
        <source>Run A and B</source>
        <translation>运行 A 与 B</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="104"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="107"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="108"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="109"/>
        <source>Seeds for statistics</source>
        <translation>统计用随机种子</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="124"/>
        <source>Why did it move?</source>
        <translation>为何变化？</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="126"/>
        <source>Robust?</source>
        <translation>稳健吗？</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="129"/>
        <source>Does B − A keep its sign when one assumption is 30 % off?</source>
        <translation>某个假设偏离 30 % 时，B − A 的方向是否不变？</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="155"/>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="159"/>
        <source>Each seed is one stream of citizens sent through both designs, so each gives a paired difference B − A free of luck. Bold: the 95 % interval excludes zero — the difference is the institutions&apos;, not chance (green better for the city, red worse).</source>
        <translation>每个随机种子是一批依次经过两个方案的市民，因此每个种子都给出一个排除了运气的配对差值 B − A。粗体：95 % 区间不含零——差异来自制度而非偶然（绿色对城市更好，红色更差）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="168"/>
        <source>Compute over seeds</source>
        <translation>跨随机种子计算</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="180"/>
        <source>Over seeds</source>
        <translation>跨随机种子</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="184"/>
        <source>Departments that differ between A and B: added (+), removed (−), or changed (≠: staff, categories, or links to a superior or territory).</source>
        <translation>A 与 B 之间不同的部门：新增（+）、删除（−）或更改（≠：人员、类别，或与上级或属地的关联）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="191"/>
        <source>Mark on the canvas how the workbench differs from A</source>
        <translation>在画布上标出工作台与 A 的不同之处</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="197"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="201"/>
        <source>The last five runs. Tick a run to overlay it in grey on the charts; Recall makes it the current comparison again (its A and B too).</source>
        <translation>最近五次运行。勾选某次运行可将其以灰色叠加在图表上；“调回”使其重新成为当前比较（连同其 A 与 B）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="209"/>
        <source>Recall</source>
        <translation>调回</translation>
    </message>
    <message>
        <location filename="../../gui/compare/panel.py" line="211"/>
        <source>Earlier runs</source>
        <translation>先前的运行</translation>
    </message>
    <message>
        <location filename="../../gui/compare/table.py" line="60"/>
        <source>Wait for help (hours)</source>
        <translation>等待协助时间（小时）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/table.py" line="82"/>
        <source>Output</source>
        <translation>输出指标</translation>
    </message>
    <message>
        <location filename="../../gui/compare/table.py" line="85"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../../gui/compare/table.py" line="86"/>
        <source>95 % interval</source>
        <translation>95 % 区间</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pack_done.py" line="23"/>
        <source>Figure pack written</source>
        <translation>图表包已导出</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pack_done.py" line="25"/>
        <source>Wrote {0} files into the folder
{1}</source>
        <translation>已将 {0} 个文件写入文件夹
{1}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pack_done.py" line="29"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gui/errors.py" line="32"/>
        <source>GovFlex: something went wrong</source>
        <translation>GovFlex：出现错误</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="34"/>
        <source>An unexpected error happened. Your work is still open; you can save it and carry on.</source>
        <translation>发生意外错误。您的工作仍然打开，可以保存后继续。</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../gui/export.py" line="172"/>
        <source>GovFlex: the structure of the city</source>
        <translation>GovFlex：城市的组织结构</translation>
    </message>
</context>
<context>
    <name>figurepack</name>
    <message>
        <location filename="../../gui/compare/figure_pack.py" line="95"/>
        <source>{0}: flexibility and grassroots load over {1:.0f} simulated days (seed {2}). On the last day flexibility was {3:.2f} and the grassroots load {4:.2f} (0.85 is sustainable; above 0.90 waiting times explode).</source>
        <translation>{0}：{1:.0f} 个模拟日内的灵活性与基层负荷（随机种子 {2}）。最后一天灵活性为 {3:.2f}，基层负荷为 {4:.2f}（0.85 可持续；超过 0.90 等待时间急剧上升）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figure_pack.py" line="103"/>
        <source>{0}: the structure of the city.</source>
        <translation>{0}：城市的结构。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figure_pack.py" line="105"/>
        <source>Mechanisms on: {0}.</source>
        <translation>已开启的机制：{0}。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figure_pack.py" line="106"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figure_pack.py" line="113"/>
        <source>Design B against A over {0} shared seeds (the same citizens in both): flexibility {1:+.3f} (95 % interval {2:+.3f} to {3:+.3f}), grassroots load {4:+.3f} ({5:+.3f} to {6:+.3f}).</source>
        <translation>方案 B 对比 A，共用 {0} 个随机种子（两边是同一批市民）：灵活性 {1:+.3f}（95 % 区间 {2:+.3f} 至 {3:+.3f}），基层负荷 {4:+.3f}（{5:+.3f} 至 {6:+.3f}）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figure_pack.py" line="135"/>
        <source>The largest share of the change in flexibility: {0} ({1:+.3f}).</source>
        <translation>灵活性变化中份额最大的是：{0}（{1:+.3f}）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figure_pack.py" line="140"/>
        <source>Made with GovFlex {0} on {1}.</source>
        <translation>由 GovFlex {0} 于 {1} 生成。</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../gui/figures.py" line="29"/>
        <source>the structure</source>
        <translation>结构图</translation>
    </message>
    <message>
        <location filename="../../gui/figures.py" line="82"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/figures.py" line="84"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/figures.py" line="87"/>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../gui/figures.py" line="96"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/figures.py" line="101"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/figures.py" line="119"/>
        <source>Copied {0} to the clipboard</source>
        <translation>已将{0}复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../gui/files.py" line="36"/>
        <source>GovFlex scenarios (*.govflex.json);;JSON files (*.json);;All files (*)</source>
        <translation>GovFlex 情景 (*.govflex.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="178"/>
        <source>Open scenario</source>
        <translation>打开情景</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="191"/>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="251"/>
        <source>Cannot open {0}</source>
        <translation>无法打开 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="252"/>
        <source>The file was not opened because it has {0} problem(s). Each line names the place in the file and what is wrong:</source>
        <translation>文件有 {0} 个问题，未能打开。每行给出文件中的位置及错误内容：</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="274"/>
        <source>Save scenario as</source>
        <translation>情景另存为</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="286"/>
        <source>Cannot save yet</source>
        <translation>暂时无法保存</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="287"/>
        <source>The structure breaks {0} rule(s) of the organisation. Fix them first (they are marked in red on the canvas):</source>
        <translation>结构违反 {0} 条组织规则。请先修正（画布上以红色标出）：</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="300"/>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="301"/>
        <source>Could not write {0}:
{1}</source>
        <translation>无法写入 {0}：
{1}</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="318"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="319"/>
        <source>{0} has unsaved changes. Save them first?</source>
        <translation>{0} 有未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="320"/>
        <source>The scenario</source>
        <translation>该情景</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="338"/>
        <source>Nothing to export yet</source>
        <translation>暂无可导出内容</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="339"/>
        <source>Run the simulation for at least one day first.</source>
        <translation>请先至少运行模拟一天。</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="351"/>
        <source>Export time series</source>
        <translation>导出时间序列</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="353"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="359"/>
        <location filename="../../gui/files.py" line="363"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../gui/findings_robustness.py" line="21"/>
        <source>The platform makes the bureaucracy flexible</source>
        <translation>平台使科层制变得灵活</translation>
    </message>
    <message>
        <location filename="../../gui/findings_robustness.py" line="22"/>
        <source>Composite architecture: load balancing alone costs professionalism</source>
        <translation>复合架构：单靠负荷均衡会损害专业性</translation>
    </message>
    <message>
        <location filename="../../gui/findings_robustness.py" line="25"/>
        <source>Data cut into blocks shrinks lateral work and range</source>
        <translation>数据条块分割压缩横向协作与调整余量</translation>
    </message>
    <message>
        <location filename="../../gui/findings_robustness.py" line="26"/>
        <source>Power without responsibility sends cases upwards; whistle and enforce rules answer it</source>
        <translation>权责不对等把案件推向上级；吹哨报到与执法规则予以回应</translation>
    </message>
    <message>
        <location filename="../../gui/findings_robustness.py" line="30"/>
        <source>Assessment pressure: reported success, gaming, load and failure demand rise</source>
        <translation>考核压力：上报的成效、博弈行为、负荷与失败需求同时上升</translation>
    </message>
    <message>
        <location filename="../../gui/findings_robustness.py" line="33"/>
        <source>The tensions shrink flexibility and load the grassroots</source>
        <translation>三重张力压缩灵活性并加重基层负荷</translation>
    </message>
    <message>
        <location filename="../../gui/findings_robustness.py" line="34"/>
        <source>Institutional design around data as an asset opens the space again</source>
        <translation>以数据为资产的制度设计重新打开空间</translation>
    </message>
    <message>
        <location filename="../../gui/findings_robustness.py" line="37"/>
        <source>Gaming today is load tomorrow</source>
        <translation>今天的博弈就是明天的负荷</translation>
    </message>
    <message>
        <location filename="../../gui/findings_robustness.py" line="57"/>
        <source>The model description (MODEL.md) is not installed with this copy.</source>
        <translation>此副本未安装模型说明（MODEL.md）。</translation>
    </message>
    <message>
        <location filename="../../gui/findings_robustness.py" line="60"/>
        <source>**How it was measured.** Each finding of the model compares two institutional settings on the same seeds. The robustness screen moves every assumption of the model on its own to ×0.7 and to ×1.3 of its default, in both settings, and checks every finding again; the line above the table says how many moves it has covered. The table gives, per finding, the share of those moves in which every claim keeps the right sign, the share in which every 95 % interval also excludes 0, and the moves that flip it. A finding counts as robust when it keeps its sign in at least 90 % of the moves. The table and its notes below are in English, as in the model description.</source>
        <translation>**测量方法**。模型的每条结论都在相同的随机种子上比较两种制度设置。稳健性筛查把模型的每个假设单独调到其默认值的 ×0.7 和 ×1.3，在两种设置中同时调整，并重新检验每条结论；表格上方的一行说明筛查已覆盖多少次调整。表格按结论列出：所有论断方向都正确的调整所占比例、所有 95 % 区间也都不含 0 的比例，以及使结论反转的调整。若一条结论在至少 90 % 的调整中方向不变，即视为稳健。下面的表格及其说明与模型说明一样为英文。</translation>
    </message>
    <message>
        <location filename="../../gui/findings_robustness.py" line="81"/>
        <source>Robustness of the model&apos;s findings</source>
        <translation>模型结论的稳健性</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../gui/help_texts.py" line="23"/>
        <source>What it is</source>
        <translation>是什么</translation>
    </message>
    <message>
        <location filename="../../gui/help_texts.py" line="24"/>
        <source>In the paper</source>
        <translation>论文中</translation>
    </message>
    <message>
        <location filename="../../gui/help_texts.py" line="25"/>
        <source>In the model (formula and defaults)</source>
        <translation>模型中（公式与默认值）</translation>
    </message>
    <message>
        <location filename="../../gui/help_texts.py" line="26"/>
        <source>What to try</source>
        <translation>试一试</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <location filename="../../gui/panels/strict_spin.py" line="70"/>
        <source>This value</source>
        <translation>此值</translation>
    </message>
    <message>
        <location filename="../../gui/panels/strict_spin.py" line="75"/>
        <source>{0}: “{1}” is not a number.</source>
        <translation>{0}：“{1}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/strict_spin.py" line="77"/>
        <source>{0} must be between {1} and {2}: “{3}” was not accepted.</source>
        <translation>{0}必须在 {1} 到 {2} 之间：未接受“{3}”。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gui/labels.py" line="16"/>
        <source>Flexibility</source>
        <translation>灵活性</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="17"/>
        <source>Mobility: effort follows demand</source>
        <translation>流动性：力量随需求流动</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="18"/>
        <source>Lateral: solved side by side</source>
        <translation>横向性：横向协同解决</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="19"/>
        <source>Match: the right unit</source>
        <translation>匹配度：派给对的单位</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="20"/>
        <source>Range: room in the structure</source>
        <translation>余量：结构中的调整空间</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="21"/>
        <source>Grassroots load</source>
        <translation>基层负荷</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="22"/>
        <source>Casework</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="23"/>
        <source>Coordination</source>
        <translation>协调</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="24"/>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="25"/>
        <source>Reporting and forms</source>
        <translation>报表填报</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="26"/>
        <source>Innovation projects</source>
        <translation>创新项目</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="27"/>
        <location filename="../../gui/labels.py" line="83"/>
        <source>Escalation</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="28"/>
        <source>Persuading citizens (做工作)</source>
        <translation>做工作（劝说市民）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="29"/>
        <source>Governance projects (未诉先办)</source>
        <translation>治理项目（未诉先办）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="30"/>
        <source>Fatigue</source>
        <translation>疲劳</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="31"/>
        <source>Failure demand (repeat calls share)</source>
        <translation>失败需求（重复来电占比）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="32"/>
        <source>Repeat calls per 100 tickets</source>
        <translation>每百件工单重复来电</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="33"/>
        <source>Hidden work share</source>
        <translation>隐性工作占比</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="34"/>
        <source>Grassroots backlog (days)</source>
        <translation>基层积压（天）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="35"/>
        <source>Escalations per 100 tickets</source>
        <translation>每百件工单上报数</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="36"/>
        <source>Returns per 100 tickets</source>
        <translation>每百件工单退单数</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="37"/>
        <source>Return requests per 100 tickets</source>
        <translation>每百件工单退单申请</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="38"/>
        <source>Return requests rejected per 100 tickets</source>
        <translation>每百件工单退单申请被驳回</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="41"/>
        <source>Excluded as unreasonable per 100 tickets</source>
        <translation>每百件工单申诉剔除</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="42"/>
        <source>Citizens persuaded per 100 tickets</source>
        <translation>每百件工单做通工作的市民</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="43"/>
        <source>Gaming detected per 100 tickets</source>
        <translation>每百件工单被发现的应付</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="44"/>
        <source>First-dispatch accuracy</source>
        <translation>首次派单准确率</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="45"/>
        <source>Professionalism</source>
        <translation>专业性</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="46"/>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="47"/>
        <source>Median resolution (hours)</source>
        <translation>办结时长中位数（小时）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="48"/>
        <source>Resolved (true)</source>
        <translation>解决率（真实）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="49"/>
        <source>Resolved (callback-recorded)</source>
        <translation>解决率（回访记录）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="52"/>
        <source>Satisfied (callback-recorded)</source>
        <translation>满意率（回访记录）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="53"/>
        <source>Satisfaction gap</source>
        <translation>满意度差距</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="54"/>
        <source>Callback share (回访)</source>
        <translation>回访率</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="95"/>
        <source>Resolved, recorded</source>
        <translation>解决，回访记录</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="97"/>
        <source>Satisfied, recorded</source>
        <translation>满意，回访记录</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="98"/>
        <source>Persuasion</source>
        <translation>做工作</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="99"/>
        <source>Governance</source>
        <translation>治理项目</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="100"/>
        <source>Failure demand</source>
        <translation>失败需求</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="50"/>
        <source>Gaming gap</source>
        <translation>虚报差距</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="51"/>
        <source>Satisfied (true)</source>
        <translation>满意率（真实）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="55"/>
        <source>Data fragmentation</source>
        <translation>数据碎片化</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="56"/>
        <source>Share sent to territorial units</source>
        <translation>派往属地（块）的比例</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="57"/>
        <source>Bureau load</source>
        <translation>职能部门负荷</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="58"/>
        <source>Decisions waiting</source>
        <translation>待决事项</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="59"/>
        <source>Open tickets</source>
        <translation>在办工单</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="60"/>
        <source>Wait for help (hours)</source>
        <translation>等待协助时间（小时）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="61"/>
        <source>Shock absorption</source>
        <translation>冲击吸收</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="62"/>
        <source>Governance themes launched</source>
        <translation>启动的治理主题</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="63"/>
        <source>Demand prevented</source>
        <translation>预防的诉求</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="67"/>
        <location filename="../../gui/labels.py" line="201"/>
        <source>12345 hub</source>
        <translation>12345 热线中心</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="68"/>
        <source>Functional bureau (条 tiao)</source>
        <translation>职能部门（条）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="69"/>
        <source>Territorial government (块 kuai)</source>
        <translation>属地政府（块）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="73"/>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="74"/>
        <source>District</source>
        <translation>区级</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="75"/>
        <source>Street (街道)</source>
        <translation>街道级</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="76"/>
        <source>Community (社区)</source>
        <translation>社区级</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="80"/>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="81"/>
        <source>Forward</source>
        <translation>转派</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="82"/>
        <source>Return</source>
        <translation>退单</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="84"/>
        <source>Whistle</source>
        <translation>吹哨</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="88"/>
        <source>Mobility</source>
        <translation>流动性</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="89"/>
        <source>Lateral</source>
        <translation>横向性</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="90"/>
        <source>Match</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="91"/>
        <source>Range</source>
        <translation>余量</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="92"/>
        <source>Reporting</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="93"/>
        <source>Innovation</source>
        <translation>创新</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="94"/>
        <source>Resolved, true</source>
        <translation>真实解决率</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="96"/>
        <source>Satisfied, true</source>
        <translation>真实满意率</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="104"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="105"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="106"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="107"/>
        <source>seats</source>
        <translation>个座席</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="108"/>
        <source>staff-h/day</source>
        <translation>工时/天</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="109"/>
        <source>residents</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="110"/>
        <source>per 10k/day</source>
        <translation>每万人/天</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="111"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="195"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="196"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="197"/>
        <source>District government</source>
        <translation>区政府</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="198"/>
        <source>District bureau</source>
        <translation>区职能部门</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="199"/>
        <source>City bureau</source>
        <translation>市职能部门</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="200"/>
        <source>City government</source>
        <translation>市政府</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="210"/>
        <source>A city before the platform (bureaucracy)</source>
        <translation>平台之前的城市（科层制）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="211"/>
        <source>Unified entrance (12345 hotline, manual dispatch)</source>
        <translation>统一入口（12345 热线，人工派单）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="214"/>
        <source>Algorithmic dispatch (the flexibility regime)</source>
        <translation>算法派单（灵活性体制）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="217"/>
        <source>Typical platform (calibration)</source>
        <translation>典型平台（校准）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="218"/>
        <source>Tensions: blocks, mismatch and high pressure</source>
        <translation>张力：条块分割、错配与高压考核</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="219"/>
        <source>Institutional design around data as an asset</source>
        <translation>围绕数据资产的制度设计</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="222"/>
        <source>Megacity (Beijing scale)</source>
        <translation>超大城市（北京规模）</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../gui/language.py" line="34"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <location filename="../../gui/canvas/legend.py" line="53"/>
        <source>Hub</source>
        <translation>热线中心</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/legend.py" line="54"/>
        <source>Bureau 条</source>
        <translation>条（职能部门）</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/legend.py" line="55"/>
        <source>Territorial 块</source>
        <translation>块（属地政府）</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/legend.py" line="78"/>
        <source>superior</source>
        <translation>上级关系</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/legend.py" line="79"/>
        <source>territory (dual leadership)</source>
        <translation>属地（双重领导）</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/legend.py" line="80"/>
        <source>breaks a rule</source>
        <translation>违反规则</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/legend.py" line="90"/>
        <source>Colour: a unit&apos;s own utilisation (its hours ÷ its staff hours)</source>
        <translation>颜色：单位自身的利用率（工作小时 ÷ 人员工时）</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/legend.py" line="95"/>
        <source>grassroots load {0:.2f}</source>
        <translation>基层负荷 {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/legend.py" line="99"/>
        <source>grassroots load {0:.2f}: all street and community hours ÷ all their staff hours, as on the chart (big units weigh more)</source>
        <translation>基层负荷 {0:.2f}：全部街道和社区的工作小时 ÷ 其全部人员工时，与图表一致（大单位权重更大）</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/legend.py" line="106"/>
        <source>Flows: point at or select a unit to see its own</source>
        <translation>流向：指向或选中一个单位即可查看其流向</translation>
    </message>
    <message>
        <location filename="../../gui/canvas/legend.py" line="175"/>
        <source>Utilisation</source>
        <translation>负荷率</translation>
    </message>
</context>
<context>
    <name>loading</name>
    <message>
        <location filename="../../gui/loading.py" line="87"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/loading.py" line="89"/>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <location filename="../../gui/loading.py" line="148"/>
        <source>A very large run</source>
        <translation>运行规模过大</translation>
    </message>
    <message>
        <location filename="../../gui/loading.py" line="150"/>
        <source>This scenario is over what the computer is expected to handle comfortably: {0}.</source>
        <translation>这个情景超出了本机能够从容处理的范围：{0}。</translation>
    </message>
    <message>
        <location filename="../../gui/loading.py" line="156"/>
        <source>The window stays responsive and you can pause at any time, but the run will be slow and may use much memory. Lower the demand or the length of the run to stay inside the budget.</source>
        <translation>窗口仍可操作，也可以随时暂停，但运行会很慢，并可能占用大量内存。降低需求或缩短运行天数即可回到预算之内。</translation>
    </message>
    <message>
        <location filename="../../gui/loading.py" line="164"/>
        <source>Open anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <location filename="../../gui/loading.py" line="166"/>
        <source>Run anyway</source>
        <translation>仍然运行</translation>
    </message>
</context>
<context>
    <name>mechanisms</name>
    <message>
        <location filename="../../gui/mechanism_specs.py" line="92"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_specs.py" line="94"/>
        <location filename="../../gui/mechanism_specs.py" line="99"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_specs.py" line="110"/>
        <source>Shock: {0}</source>
        <translation>冲击：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="30"/>
        <source>M1  Entrance control (12345 hotline)</source>
        <translation>M1  入口控制（12345 热线）</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="31"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; digital governance first controls the &lt;i&gt;entrance&lt;/i&gt; (入口): one hotline, 12345, takes every call.&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; a hub with call-taker seats answers a share of the calls itself and records every ticket, so no case is lost between offices and every ticket can be assessed.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;数字治理首先控制&lt;i&gt;入口&lt;/i&gt;：一条 12345 热线受理所有来电。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;设有话务座席的热线中心直接答复一部分来电，并记录每一张工单，因此没有诉求会在部门之间遗失，每张工单都可被考核。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="42"/>
        <source>Answered at the hub</source>
        <translation>热线直接答复</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="46"/>
        <source>Share of calls the hub settles itself (published range 50–79 %).</source>
        <translation>热线中心自行解答的来电比例（公开数据范围 50–79%）。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="52"/>
        <source>Seats</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="59"/>
        <source>Call-taker seats: too few and callers wait.</source>
        <translation>话务座席数：太少则来电者需要等待。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="63"/>
        <source>Callback (回访)</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="65"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; the hotline calls the citizen back after a ticket is closed (回访); the rates the units are assessed on come from these calls.&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; share of closed tickets the hub calls back. The citizen answers from the true outcome unless persuaded; where no call is made, the unit&apos;s own closure report counts. Beijing calls back every case.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;工单办结后热线回访市民（回访）；考核各单位的比率来自这些回访。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;热线中心回访的已办结工单比例。市民按真实结果回答，除非被“做工作”；未回访时以单位自报的办结结果计入。北京对每件诉求都回访。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="76"/>
        <source>Handling time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="83"/>
        <source>Hub minutes per dispatched ticket (6 in published practice).</source>
        <translation>热线中心每张派发工单耗时（分钟，公开实践为 6 分钟）。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="92"/>
        <source>M2  Interface (dispatch catalogue)</source>
        <translation>M2  界面（派单目录）</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="93"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; the &lt;i&gt;interface&lt;/i&gt; (界面) abstracts and simplifies a citizen&apos;s complex need into a catalogue entry.&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; the granularity g of the catalogue sets how often operators classify a case right (best at a medium g: a very fine catalogue confuses them) and how much of a case&apos;s nuance is lost, unless the handler knows the place or has the data.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;&lt;i&gt;界面&lt;/i&gt;把市民复杂的诉求抽象、简化为目录中的一个条目。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;目录颗粒度 g 决定话务员分类正确的频率（中等 g 最佳：目录太细反而使人混淆），以及诉求中有多少细节丢失——除非承办者熟悉当地或掌握数据。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="105"/>
        <source>Granularity</source>
        <translation>颗粒度</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="112"/>
        <source>0 = a few coarse headings, 1 = a very fine catalogue.</source>
        <translation>0 = 少数粗略大类，1 = 非常细的目录。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="118"/>
        <source>Catalogue learns from returns</source>
        <translation>目录随退单学习</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="120"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; the catalogue is revised as the hotline learns where cases really belong (Beijing revised 300+ entries).&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; when the hub approves a return and the same unit then resolves several such cases of one category and district, the catalogue sends them there from then on.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;随着热线了解案件真正的归属，派单目录不断修订（北京修订了三百多个条目）。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;热线中心批准退单后，若同一单位接连解决同一类别、同一区的几件此类案件，目录此后就把它们派给该单位。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="133"/>
        <source>M3  Dispatch by data and algorithm</source>
        <translation>M3  数据与算法派单</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="134"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; data and algorithms let the bureaus (条) and the territorial governments (块) divide work flexibly around issues and needs.&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; off, citizens choose an office themselves and wrong ones forward the case along the hierarchy. Operators with a table are right 88 % of the time. The algorithm scores every unit for every ticket (expertise, legal authority, jurisdiction, local knowledge, data, backlog, track record): work spills to the next qualified unit when one is swamped, while expertise and authority keep it professional (the composite architecture).</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;数据与算法使条与块能够围绕问题和需求灵活分工。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;关闭时，市民自行选择部门，找错的部门沿层级转派。话务员按对照表派单，准确率为 88%。算法针对每张工单为每个单位打分（专业、执法权、辖区、在地知识、数据、积压、办理记录）：某单位不堪重负时工作溢出到下一个合格单位，而专业与执法权保证其专业性（复合架构）。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="151"/>
        <source>Who dispatches</source>
        <translation>派单方式</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="154"/>
        <source>Operators with a table</source>
        <translation>话务员按对照表</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="155"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="157"/>
        <source>Manual: a category × district table. Algorithmic: load-aware scoring of every unit.</source>
        <translation>人工：类别 × 区的对照表。算法：考虑负荷对每个单位打分。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="165"/>
        <source>Algorithm coverage</source>
        <translation>算法覆盖率</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="167"/>
        <source>Share of tickets the algorithm dispatches (Liuzhou: 48.6 %); operators handle the rest.</source>
        <translation>由算法派发的工单比例（柳州：48.6%）；其余由话务员派发。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="176"/>
        <source>Livelihood cases to</source>
        <translation>民生类诉求派给</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="194"/>
        <source>Return review (首接负责制)</source>
        <translation>退单审核（首接负责制）</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="196"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; first-receiver responsibility (首接负责制): the unit that receives a case answers for it and cannot simply send it back.&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; a unit only requests a return; the hub approves founded requests and rejects this share of unfounded ones (the unit keeps the case, with a mark against its response score). Units push more work away when loaded and pressed.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;首接负责制：首先接到诉求的单位对它负责，不能简单退回。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;单位只能申请退单；热线中心批准有理的申请，并按这一比例驳回无理申请（单位保留案件，响应得分扣分）。单位负荷越重、压力越大，越想把工作推出去。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="208"/>
        <source>Operator accuracy</source>
        <translation>话务员准确率</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="214"/>
        <source>Algorithm accuracy</source>
        <translation>算法准确率</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="221"/>
        <source>Weight: expertise</source>
        <translation>权重：专业</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="222"/>
        <source>Weight: legal authority</source>
        <translation>权重：执法权</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="223"/>
        <source>Weight: jurisdiction</source>
        <translation>权重：辖区</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="224"/>
        <source>Weight: local knowledge</source>
        <translation>权重：在地知识</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="225"/>
        <source>Weight: data access</source>
        <translation>权重：数据获取</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="226"/>
        <source>Weight: backlog (spill-over)</source>
        <translation>权重：积压（溢出）</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="227"/>
        <source>Weight: track record</source>
        <translation>权重：办理记录</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="229"/>
        <source>Term of the dispatch score. Setting expertise and authority to 0 gives pure load balancing.</source>
        <translation>派单评分中的一项。把专业和执法权设为 0，就是纯粹的负荷均衡。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="239"/>
        <source>M4  Data sharing</source>
        <translation>M4  数据共享</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="240"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; departmental integration (部门统合) leaves data cut into blocks inside each bureau line and district, unable to flow where a case needs it.&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; off, every unit sees data only on its own categories (silos). Blocks: full access inside one&apos;s own line or district, little across. Shared: most data flows across. Data speeds work, protects quality, cuts coordination and the forms each bureau line asks every street to fill in.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;部门统合使数据被切割成块，困在各条线和各区内部，无法流向诉求需要的地方。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;关闭时，每个单位只能看到本类别的数据（数据孤岛）。分块：本条线或本区内完全可见，跨界很少。共享：大部分数据跨界流动。数据能加快办理、保证质量，减少协调以及各条线要求每个街道填报的表格。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="255"/>
        <source>Data flows</source>
        <translation>数据流动</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="258"/>
        <source>In blocks (部门统合)</source>
        <translation>分块（部门统合）</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="259"/>
        <source>Shared across lines</source>
        <translation>跨条线共享</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="261"/>
        <source>Blocks: inside each bureau line or district. Shared: 60 % access across.</source>
        <translation>分块：限于各条线或各区内部。共享：跨界可获取 60%。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="270"/>
        <source>M5  Performance assessment</source>
        <translation>M5  绩效考核</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="271"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; bureaus and territorial governments compete for innovation performance around digital governance, and this strengthens the grassroots load.&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; every month each unit is scored on the rates the hotline&apos;s callbacks record (response, resolution, satisfaction) and ranked among its peers; the lower its rank, the more pressure it feels. Pressed units work to deadlines and stretch into overtime (which tires them: fatigue), &apos;close&apos; unsolved tickets before the callback (gaming), talk unhappy citizens round (做工作), ask to have tickets excluded (申诉剔除) and launch innovation projects that cost the streets hours each week.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;条块围绕数字治理展开创新绩效竞争，加重了基层负荷。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;每月按热线回访记录的比率（响应率、解决率、满意率）给每个单位打分，并在同类单位中排名；排名越靠后，压力越大。承压的单位按期限办件、加班加点（积累疲劳），在回访前把未解决的工单“办结”（应付考核），对不满意的市民“做工作”，申诉剔除工单，并发起每周耗费街道工时的创新项目。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="328"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; at the digital end, the power–responsibility dilemma (权责困境): a street is held responsible for problems it has no power to settle, so it seeks help from higher-level departments.&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; a unit without expertise, data or legal authority raises exceptions that climb to its superior&apos;s decision queue; with no decision in time it applies a quick fix. The switch turns on the whistle (吹哨报到): a street summons the owning bureau, which reports within 30 minutes and works the case on site with its authority, the street keeping the lead. A street whistles when waiting for a decision would cost it more.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;在数字末端出现权责困境：街道要为无权解决的问题负责，只能向上级部门求助。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;缺乏专业能力、数据或法定权限的单位提出例外事项，逐级上报到上级的决策队列；未及时得到决定时草草处置。开关开启吹哨报到：街道召集主管职能部门，部门 30 分钟内报到，凭其执法权在现场共同办理，街道保留主办。当等待决定的代价更高时，街道才吹哨。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="362"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; the way out is comprehensive institutional design around the platform system and the attributes of data as an asset.&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; six levers: data as a shared public asset that flows back to the streets; one unified form (一表通); a rule for enforcement cases (a duty list, 权责清单, or empowered streets, 赋权街道); an arbiter for dispatch disputes; an assessment that audits true resolution on site; proactive governance (未诉先办, 每月一题).</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;出路在于围绕平台系统和数据资产属性进行系统性的制度设计。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;六个杠杆：数据作为共享的公共资产并回流街道；一表通；执法类诉求的规则（权责清单或赋权街道）；派单争议仲裁；现场核查真实解决情况的考核；主动治理（未诉先办、每月一题）。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="397"/>
        <source>Empower streets (赋权街道)</source>
        <translation>赋权街道</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="399"/>
        <source>No rule: streets take them</source>
        <translation>无规则：街道承接</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="401"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; the power–responsibility dilemma (权责困境) is settled by matching power and duty: a duty list (权责清单) keeps enforcement with the bureaus, or enforcement power moves down to the streets (赋权街道, 综合执法下沉).&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; duty list: enforcement cases are led by the owning bureau, streets co-handle. Empower streets: streets gain legal authority on enforcement categories and their expertise grows over about half a year. No rule: streets receive enforcement cases they cannot settle and must escalate or whistle.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;权责困境要靠权责匹配来化解：权责清单把执法留在职能部门，或把执法权下放街道（赋权街道、综合执法下沉）。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;权责清单：执法类诉求由主管职能部门主办，街道协办。赋权街道：街道获得执法类别的法定权限，其专业能力在约半年内增长。无规则：街道接收无法办结的执法类诉求，只能上报或吹哨。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="287"/>
        <source>Pressure π</source>
        <translation>压力 π</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="179"/>
        <source>Via the streets</source>
        <translation>经街道</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="180"/>
        <source>Straight to communities</source>
        <translation>直接派给社区</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="182"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; communities (社区) are self-governing residents&apos; organisations, not a level of government; cases reach them through their street.&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; &apos;Via the streets&apos;: the hub dispatches livelihood cases to the street, which passes a share on to a community (a delay and street coordination hours). &apos;Straight to communities&apos;: the hub may dispatch to a community itself.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;社区是居民自治组织，不是一级政府；诉求经由街道到达社区。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;“经街道”：热线中心把民生类诉求派给街道，街道把其中一部分转给社区（有延迟，街道付出协调工时）。“直接派给社区”：热线中心可以直接派单给社区。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="294"/>
        <source>0 = a formality, 1 = careers depend on the ranking.</source>
        <translation>0 = 走过场，1 = 仕途取决于排名。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="300"/>
        <source>Public ranking</source>
        <translation>公开排名</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="302"/>
        <source>Units are ranked in public on their rates.</source>
        <translation>各单位按考核比率公开排名。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="306"/>
        <source>Innovation projects</source>
        <translation>创新项目</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="308"/>
        <source>Assessed city and district units launch projects that each cost streets 2 h a week.</source>
        <translation>受考核的市、区单位发起创新项目，每个项目使街道每周耗费 2 小时。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="317"/>
        <source>Weight: response rate</source>
        <translation>权重：响应率</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="318"/>
        <source>Weight: resolution rate</source>
        <translation>权重：解决率</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="319"/>
        <source>Weight: satisfaction</source>
        <translation>权重：满意率</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="321"/>
        <source>How much each rate counts in the assessment.</source>
        <translation>各项比率在考核中所占的分量。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="327"/>
        <source>M6  Escalation and the whistle</source>
        <translation>M6  上报与吹哨</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="341"/>
        <source>Whistle (吹哨报到)</source>
        <translation>吹哨报到</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="345"/>
        <source>Decision deadline</source>
        <translation>决策期限</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="352"/>
        <source>Without a superior&apos;s decision by then, the holder applies a quick fix.</source>
        <translation>到期仍无上级决定时，承办者草草处置。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="361"/>
        <source>M7  Data-asset institutional design</source>
        <translation>M7  数据资产制度设计</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="375"/>
        <source>Data as a shared asset</source>
        <translation>数据作为共享资产</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="377"/>
        <source>Every unit with a role in a category gets its data; data flows back to streets.</source>
        <translation>凡在某类别中承担职责的单位都能获得其数据；数据回流街道。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="385"/>
        <source>One unified form (一表通)</source>
        <translation>一表通</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="387"/>
        <source>Form work × 0.35, reporting halved.</source>
        <translation>表格工作 × 0.35，填报减半。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="391"/>
        <source>Enforcement cases</source>
        <translation>执法类诉求</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="394"/>
        <source>Duty list (权责清单)</source>
        <translation>权责清单</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="415"/>
        <source>Dispatch arbitration</source>
        <translation>派单争议仲裁</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="417"/>
        <source>Returns settled fast, never twice.</source>
        <translation>退单快速裁定，不会二次退单。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="421"/>
        <source>Audited assessment</source>
        <translation>核查式考核</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="423"/>
        <source>True resolution is audited: gaming and innovation projects shrink.</source>
        <translation>核查真实解决情况：应付考核与创新项目减少。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="430"/>
        <source>Proactive governance (未诉先办)</source>
        <translation>主动治理（未诉先办）</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="432"/>
        <source>&lt;b&gt;The paper:&lt;/b&gt; data as an asset pays off when the city acts before residents call (未诉先办), e.g. Beijing&apos;s monthly governance theme (每月一题).&lt;br&gt;&lt;b&gt;The model:&lt;/b&gt; each month the platform picks the hottest category in a district from the hotline data it can see; the owning bureau and the district run a governance project (staff hours) that lowers that demand for some months, more so where data is shared.</source>
        <translation>&lt;b&gt;论文：&lt;/b&gt;数据作为资产的回报在于城市在居民来电之前行动（未诉先办），例如北京的“每月一题”。&lt;br&gt;&lt;b&gt;模型：&lt;/b&gt;每月平台从其可见的热线数据中挑选某区最热的类别；主管职能部门和区开展治理项目（耗费工时），在几个月内降低这类诉求，数据共享时效果更大。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="446"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="447"/>
        <source>How many dispatched tickets the city&apos;s residents file each day. Raise it to see where the structure breaks.</source>
        <translation>城市居民每天提交、需要派发的工单数量。调高它，看看结构在哪里崩溃。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="455"/>
        <source>Tickets per day</source>
        <translation>每日工单数</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="462"/>
        <source>Dispatched tickets per day; &apos;from population&apos; uses 1.5 per 10,000 residents.</source>
        <translation>每日派发工单数；“按人口”按每万人 1.5 件计算。</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="467"/>
        <source>from population</source>
        <translation>按人口</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="472"/>
        <source>Daily rhythm</source>
        <translation>日内节律</translation>
    </message>
    <message>
        <location filename="../../gui/mechanism_table.py" line="474"/>
        <source>More calls by day than at night.</source>
        <translation>白天来电多于夜间。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/mechanisms.py" line="65"/>
        <source>Switch: {0}</source>
        <translation>开关：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/mechanisms.py" line="80"/>
        <source>More settings</source>
        <translation>更多设置</translation>
    </message>
    <message>
        <location filename="../../gui/panels/mechanisms.py" line="130"/>
        <source>On: click to switch off</source>
        <translation>已开启：点击关闭</translation>
    </message>
    <message>
        <location filename="../../gui/panels/mechanisms.py" line="132"/>
        <source>Off: click to switch on</source>
        <translation>已关闭：点击开启</translation>
    </message>
    <message>
        <location filename="../../gui/panels/mechanisms.py" line="173"/>
        <source>Switch institutions on and off while the city runs. Hover over a title for what the paper says and what the model does.</source>
        <translation>在城市运行时开启或关闭各项制度。将鼠标悬停在标题上，可查看论文的观点和模型的做法。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/assumptions.py" line="446"/>
        <location filename="../../gui/panels/mechanisms.py" line="208"/>
        <source>Set {0} to {1}</source>
        <translation>将{0}设为 {1}</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../gui/problem_words.py" line="26"/>
        <source>identifier</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../gui/problem_words.py" line="27"/>
        <source>categories</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../gui/problem_words.py" line="57"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../gui/recovery.py" line="96"/>
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="97"/>
        <source>GovFlex did not close normally last time. Restore the unsaved changes it kept?</source>
        <translation>GovFlex 上次没有正常关闭。要恢复它保留下来的未保存更改吗？</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../gui/compare/report.py" line="35"/>
        <source>on/off</source>
        <translation>开/关</translation>
    </message>
    <message>
        <location filename="../../gui/compare/report.py" line="78"/>
        <source>GovFlex report: {0}</source>
        <translation>GovFlex 报告：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/report.py" line="84"/>
        <source>Mechanism</source>
        <translation>机制名称</translation>
    </message>
    <message>
        <location filename="../../gui/compare/report.py" line="85"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/compare/report.py" line="86"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gui/compare/report.py" line="89"/>
        <source>Settings of the mechanisms</source>
        <translation>机制设置</translation>
    </message>
    <message>
        <location filename="../../gui/compare/report.py" line="93"/>
        <source>B against A over shared seeds</source>
        <translation>B 对比 A（共用随机种子）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/report.py" line="67"/>
        <source>GovFlex report</source>
        <translation>GovFlex 报告</translation>
    </message>
</context>
<context>
    <name>robustness</name>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="33"/>
        <source>&lt;p&gt;&lt;b&gt;Would the conclusion survive other modelling numbers?&lt;/b&gt; Every rule of the model rests on assumptions (the Assumptions tab of the workbench). This screen moves each chosen assumption on its own to ×0.7 and ×1.3 of its value, in A and in B alike, runs both again on the same seeds and asks whether B − A keeps its sign. A difference that keeps it in every move comes from the institutions; the moves that flip it name the numbers the conclusion hangs on. One number at a time: two assumptions acting together are not tried. Assumptions whose values differ between A and B are part of the comparison and are left alone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;换一组建模数值，结论还成立吗？&lt;/b&gt;模型的每条规则都建立在假设之上（见工作台的“模型假设”标签页）。本筛查把所选的每个假设单独调到其取值的 ×0.7 和 ×1.3，A 与 B 同时调整，在相同的随机种子上重新运行两者，看 B − A 的方向是否不变。在每次调整中方向都不变的差异来自制度；使方向反转的调整则指出结论所依赖的数值。每次只动一个数值：不检验两个假设的共同作用。A 与 B 取值不同的假设属于比较本身，不予调整。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="45"/>
        <source>Every assumption ({0} moves)</source>
        <translation>全部假设（{0} 次调整）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="46"/>
        <source>The assumptions of the mechanisms on in A or B ({0} moves)</source>
        <translation>A 或 B 中已开启机制的假设（{0} 次调整）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="49"/>
        <source>The assumptions that flip one of the model&apos;s findings ({0} moves)</source>
        <translation>曾使模型某条结论反转的假设（{0} 次调整）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="59"/>
        <source>about {0:.0f} s</source>
        <translation>约 {0:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="61"/>
        <source>about {0:.0f} min</source>
        <translation>约 {0:.0f} 分钟</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="62"/>
        <source>about {0:.1f} h</source>
        <translation>约 {0:.1f} 小时</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="78"/>
        <source>{0}: no assumption to move.</source>
        <translation>{0}：没有可调整的假设。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="80"/>
        <source>{0}: A and B do not differ; {1} of {2} moves leave them equal.</source>
        <translation>{0}：A 与 B 没有差异；{2} 次调整中有 {1} 次仍保持相等。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="84"/>
        <source>{0}: B − A = {1} keeps its sign in all {2} moves ({3} of them with a 95 % interval excluding 0).</source>
        <translation>{0}：B − A = {1}，在全部 {2} 次调整中方向不变（其中 {3} 次的 95 % 区间不含 0）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="90"/>
        <source>{0}: B − A = {1} keeps its sign in {2} of {3} moves; {4} move(s) flip it (listed below).</source>
        <translation>{0}：B − A = {1}，在 {3} 次调整中有 {2} 次方向不变；{4} 次调整使其反转（见下表）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="96"/>
        <source>Even unmoved, its 95 % interval includes 0: the sign itself is not yet clear.</source>
        <translation>即使不作调整，其 95 % 区间也包含 0：方向本身尚不明确。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="116"/>
        <location filename="../../gui/compare/robustness_view.py" line="150"/>
        <source>Move</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="119"/>
        <source>Which assumptions to move, one at a time, to ×0.7 and ×1.3</source>
        <translation>要逐个调到 ×0.7 和 ×1.3 的假设</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="130"/>
        <source>Check whether B − A holds</source>
        <translation>检验 B − A 是否成立</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="132"/>
        <source>Run the screen in the background (it can be cancelled)</source>
        <translation>在后台运行筛查（可随时取消）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="148"/>
        <source>Output</source>
        <translation>输出指标</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="149"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="151"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="152"/>
        <source>95 % interval</source>
        <translation>95 % 区间</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="219"/>
        <source>Make variant B first (or start: the workbench as it is now becomes B).</source>
        <translation>请先生成变体 B（或直接开始：工作台当前的方案将成为 B）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="224"/>
        <source>Pin a design as A first.</source>
        <translation>请先将一个方案固定为 A。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="231"/>
        <source>{0} runs: the unmoved pair and {1} moves, × 2 designs × {2} seed(s); {3} on {4} core(s).</source>
        <translation>{0} 次运行：未调整的一对与 {1} 次调整，× 2 个方案 × {2} 个随机种子；在 {4} 个核心上{3}。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="240"/>
        <source>(A first guess: the time is measured on this computer once a table over seeds has run.)</source>
        <translation>（初步估计：跨随机种子的表格运行一次后，将按本机实测速度估算。）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="257"/>
        <source>No assumption to move in this set.</source>
        <translation>这一组中没有可调整的假设。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="263"/>
        <source>Start a long screen?</source>
        <translation>开始一次耗时较长的筛查？</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="264"/>
        <source>The screen needs {0} runs, {1}. The window stays usable meanwhile and Cancel stops it at once. Start it?</source>
        <translation>本筛查需要 {0} 次运行，{1}。期间窗口仍可使用，“取消”可立即停止。要开始吗？</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="286"/>
        <source>Moving {0} assumption(s) over {1} seed(s)…</source>
        <translation>正在 {1} 个随机种子上调整 {0} 个假设…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="296"/>
        <source>Paired over seeds {0}–{1}, {2:.0f} days.</source>
        <translation>在随机种子 {0}–{1} 上配对，{2:.0f} 天。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="303"/>
        <source>Cancelled: every worker process was stopped.</source>
        <translation>已取消：所有工作进程均已停止。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/robustness_view.py" line="306"/>
        <source>Failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
</context>
<context>
    <name>seeds</name>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;Are there enough seeds?&lt;/b&gt; Each seed is another stream of citizens, so every output varies from seed to seed. GovFlex follows the coefficient of variation (CV = spread ÷ mean) of each output over the first 2, 3, … seeds (Lee et al. 2015): it jumps about at first and flattens once the spread is known. The mean is called &lt;b&gt;stable&lt;/b&gt; when each of the last {0} seeds changed the CV by less than {1} %.&lt;/p&gt;&lt;p&gt;If it is not, the suggestion imagines carrying on with more seeds drawn again from these results; four times in five the CV had flattened by then. Run that many and look again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;随机种子够不够？&lt;/b&gt;每个随机种子是另一批市民，所以每个输出指标都随种子而变。GovFlex 跟踪每个指标在前 2、3、… 个种子上的变异系数（CV = 离散程度 ÷ 均值）（Lee 等 2015）：起初它上下跳动，一旦离散程度摸清便趋于平稳。若最后 {0} 个种子中每加一个种子，CV 的变化都小于 {1} %，就称均值&lt;b&gt;稳定&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;若尚不稳定，建议值的算法是：设想从已有结果中重复抽样、继续增加种子，看五次中有四次 CV 到多少个种子时趋于平稳。按建议的数目重新运行，再看一次。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="41"/>
        <source>{0} seed(s): too few to tell whether the mean is stable; use at least 5.</source>
        <translation>{0} 个随机种子：太少，无法判断均值是否稳定；请至少用 5 个。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="45"/>
        <source>{0} seeds: the mean is stable for every output (the CV moves by less than {1} % after {2} seeds).</source>
        <translation>{0} 个随机种子：所有输出指标的均值都已稳定（{2} 个种子之后 CV 的变化小于 {1} %）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="52"/>
        <source>{0} seeds: the mean is not yet stable for {1} of {2} outputs (among them {3}); use more than {4} seeds.</source>
        <translation>{0} 个随机种子：{2} 个输出指标中有 {1} 个的均值尚未稳定（其中包括{3}）；请用多于 {4} 个种子。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="58"/>
        <source>{0} seeds: the mean is not yet stable for {1} of {2} outputs (among them {3}); use at least {4} seeds.</source>
        <translation>{0} 个随机种子：{2} 个输出指标中有 {1} 个的均值尚未稳定（其中包括{3}）；请至少用 {4} 个种子。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="77"/>
        <source>and {0} more</source>
        <translation>另有 {0} 个</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="81"/>
        <source>Not yet stable</source>
        <translation>尚未稳定的指标</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="82"/>
        <source>Seeds</source>
        <translation>随机种子数</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="98"/>
        <source>Does one more seed still change the spread?</source>
        <translation>再加一个种子，离散程度还会变吗？</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="99"/>
        <source>CV (spread ÷ mean, %)</source>
        <translation>CV（离散程度 ÷ 均值，%）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="100"/>
        <source>number of seeds</source>
        <translation>种子个数</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="135"/>
        <source>stable configuration</source>
        <translation>已稳定的配置</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="136"/>
        <source>not yet stable</source>
        <translation>尚未稳定</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="158"/>
        <source>CV chart</source>
        <translation>CV 图</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="161"/>
        <source>Show how the CV of an output moves as seeds are added</source>
        <translation>显示随着种子增加某输出指标的 CV 如何变化</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="170"/>
        <source>The output whose CV the chart shows</source>
        <translation>图中显示其 CV 的输出指标</translation>
    </message>
    <message>
        <location filename="../../gui/compare/seed_view.py" line="174"/>
        <source>CV of</source>
        <translation>CV 指标</translation>
    </message>
</context>
<context>
    <name>sensitivity</name>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="74"/>
        <source>Morris screening: effect (μ*) and spread (σ)</source>
        <translation>Morris 筛选：效应（μ*）与离散度（σ）</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="75"/>
        <source>μ*: how much the output moves</source>
        <translation>μ*：输出变动多少</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="76"/>
        <source>σ: interactions or non-linearity</source>
        <translation>σ：交互作用或非线性</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="85"/>
        <source>Morris screening of {0}</source>
        <translation>{0}的 Morris 筛选</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="111"/>
        <source>Sobol indices</source>
        <translation>Sobol 指数</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="112"/>
        <source>share of the output&apos;s variance</source>
        <translation>占输出方差的比例</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="124"/>
        <source>Sobol indices of {0}</source>
        <translation>{0}的 Sobol 指数</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="133"/>
        <source>S1: alone</source>
        <translation>S1：单独作用</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="134"/>
        <source>ST: with its interactions</source>
        <translation>ST：含交互作用</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="150"/>
        <source>The output against one factor</source>
        <translation>输出随一个因素的变化</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/charts.py" line="157"/>
        <source>{0} at every sample point</source>
        <translation>每个样本点上的{0}</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="44"/>
        <source>Which assumptions does a conclusion rest on? Vary the chosen factors over their plausible ranges, all at once, and see which of them move the outputs of the design in the workbench.</source>
        <translation>结论依赖于哪些假设？让所选因素在其合理范围内同时变化，看看哪些因素推动了工作台中这一设计的输出。</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="57"/>
        <source>Run analysis</source>
        <translation>运行分析</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="59"/>
        <source>Runs in background processes; the workbench stays usable</source>
        <translation>在后台进程中运行；工作台仍可使用</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="65"/>
        <source>Save results…</source>
        <translation>保存结果…</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="66"/>
        <source>Load results…</source>
        <translation>载入结果…</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="113"/>
        <source>The structure has problems; fix them first.</source>
        <translation>结构有问题，请先修正。</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="121"/>
        <source>Cannot run this analysis</source>
        <translation>无法运行此分析</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="122"/>
        <source>The analysis has {0} problem(s):</source>
        <translation>此分析有 {0} 个问题：</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="133"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="138"/>
        <source>Done: {0} runs in {1:.1f} s.</source>
        <translation>完成：{0} 次运行，用时 {1:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="144"/>
        <source>The analysis failed: {0}</source>
        <translation>分析失败：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="163"/>
        <source>Saved sensitivity.csv and sensitivity.json in {0}</source>
        <translation>已将 sensitivity.csv 和 sensitivity.json 保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="173"/>
        <source>Save the analysis into a folder</source>
        <translation>将分析保存到文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/dialog.py" line="174"/>
        <source>Folder with sensitivity.json</source>
        <translation>含 sensitivity.json 的文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="39"/>
        <source>μ*</source>
        <translation>μ*</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="40"/>
        <source>± (μ*)</source>
        <translation>±（μ*）</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="41"/>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="42"/>
        <source>μ</source>
        <translation>μ</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="43"/>
        <source>ST</source>
        <translation>ST</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="44"/>
        <source>± (ST)</source>
        <translation>±（ST）</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="45"/>
        <source>S1</source>
        <translation>S1</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="46"/>
        <source>± (S1)</source>
        <translation>±（S1）</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="71"/>
        <source>No analysis yet. Tick the factors and outputs on the left and press Run analysis, or load saved results.

A Morris screening of 8 factors with 10 trajectories is a good first step: it shows which factors the outputs depend on at all, and which of them act together with others.</source>
        <translation>尚无分析。在左侧勾选因素和输出指标后按“运行分析”，或载入已保存的结果。

先用 10 条轨迹对 8 个因素做一次 Morris 筛选是不错的第一步：它显示输出究竟依赖哪些因素，以及哪些因素与其他因素共同起作用。</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="89"/>
        <source>Output</source>
        <translation>输出指标</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="114"/>
        <source>Click a factor to see the output against it</source>
        <translation>点击一个因素，查看输出随它的变化</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="153"/>
        <source>{0} factors, {1} sample points, {2:.0f} s</source>
        <translation>{0} 个因素，{1} 个样本点，{2:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="174"/>
        <source>Right: the output moves much with the factor (μ*); up: it moves differently depending on the other factors (σ).</source>
        <translation>越靠右：输出随该因素变动越大（μ*）；越靠上：其变动越取决于其他因素（σ）。</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="180"/>
        <source>S1: the share of the variance the factor explains alone; ST: with its interactions. ST well above S1 means the factor works with others.</source>
        <translation>S1：该因素单独解释的方差比例；ST：含交互作用。ST 明显高于 S1，说明该因素与其他因素共同起作用。</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="187"/>
        <source> Could stay at their defaults for {0}: {1}.</source>
        <translation> 对{0}而言可保持默认值：{1}。</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="204"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/results.py" line="204"/>
        <location filename="../../gui/sensitivity/setup.py" line="185"/>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="66"/>
        <source>Morris screening (which factors matter)</source>
        <translation>Morris 筛选（哪些因素重要）</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="68"/>
        <source>Sobol indices (shares of the variance)</source>
        <translation>Sobol 指数（方差占比）</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="71"/>
        <source>Morris moves one factor at a time along random paths through the ranges: cheap, and the right first step. Sobol varies all at once and splits the output&apos;s variance among the factors: for a few factors only.</source>
        <translation>Morris 沿随机路径在各范围内一次移动一个因素：成本低，是合适的第一步。Sobol 同时改变所有因素，并把输出的方差分配给各因素：只适用于少数因素。</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="78"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="94"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="96"/>
        <source>Simulated days of every run (the warm-up included)</source>
        <translation>每次运行的模拟天数（含预热期）</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="98"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="103"/>
        <source>Every sample point runs on the same seeds (the same citizens), and its output is the mean over them: more seeds, less noise in the indices</source>
        <translation>每个样本点都用相同的随机种子（相同的市民）运行，其输出为这些种子的平均值：种子越多，指数中的噪声越小</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="109"/>
        <source>Seeds</source>
        <translation>随机种子数</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="112"/>
        <source>Factors (tick to vary; edit the range)</source>
        <translation>因素（勾选以变化；可编辑范围）</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="114"/>
        <source>Filter factors…</source>
        <translation>筛选因素…</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="128"/>
        <source>Outputs</source>
        <translation>各项输出指标</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="169"/>
        <source>Default {0}; plausible range {1} to {2}</source>
        <translation>默认值 {0}；合理范围 {1} 至 {2}</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="185"/>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="186"/>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="195"/>
        <source>Mechanism parameters</source>
        <translation>机制参数</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="330"/>
        <source>Trajectories (r)</source>
        <translation>轨迹数（r）</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="332"/>
        <source>Base sample (n)</source>
        <translation>基础样本量（n）</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="335"/>
        <source>Each trajectory moves every factor once: 10 to 20 is usual</source>
        <translation>每条轨迹让每个因素各移动一次：通常取 10 至 20</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="337"/>
        <source>A power of 2; the intervals narrow as n grows</source>
        <translation>2 的幂；n 越大，区间越窄</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="345"/>
        <source>{0} factors, {1} sample points, {2} runs</source>
        <translation>{0} 个因素，{1} 个样本点，{2} 次运行</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="351"/>
        <source>; about {0} on {1} cores</source>
        <translation>；在 {1} 个核心上约需 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="375"/>
        <source>{0:.0f} s</source>
        <translation>{0:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="377"/>
        <source>{0:.0f} min</source>
        <translation>{0:.0f} 分钟</translation>
    </message>
    <message>
        <location filename="../../gui/sensitivity/setup.py" line="378"/>
        <source>{0:.1f} h</source>
        <translation>{0:.1f} 小时</translation>
    </message>
</context>
<context>
    <name>sweep</name>
    <message>
        <location filename="../../gui/sweep/charts.py" line="30"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/charts.py" line="30"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/charts.py" line="122"/>
        <source>{0}: effects and interactions</source>
        <translation>{0}：效应与交互作用</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/charts.py" line="125"/>
        <source>{0} against {1}</source>
        <translation>{0} 对 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/charts.py" line="213"/>
        <source>… when this mechanism is on</source>
        <translation>……当此机制开启时</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/charts.py" line="214"/>
        <source>effect of this mechanism</source>
        <translation>此机制的效应</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/charts.py" line="227"/>
        <location filename="../../gui/sweep/charts.py" line="263"/>
        <source>Every run in the flexibility–load plane</source>
        <translation>灵活性–负荷平面上的每次运行</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/charts.py" line="250"/>
        <source>one run</source>
        <translation>单次运行</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/charts.py" line="251"/>
        <source>mean of a configuration</source>
        <translation>某配置的均值</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/charts.py" line="252"/>
        <source>frontier</source>
        <translation>前沿</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/charts.py" line="254"/>
        <source>Click a point to load its configuration into the workbench. The green frontier joins the configurations with the best flexibility reachable at each level of grassroots load.</source>
        <translation>点击一个点，将其配置载入工作台。绿色前沿连接在各基层负荷水平上可达到最佳灵活性的配置。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="43"/>
        <source>Sweep the design in the workbench: turn one or two knobs, or switch the mechanisms on and off in every combination. Every configuration runs on the same seeds, in background processes on all cores.</source>
        <translation>对工作台中的方案进行参数扫描：调节一两个参数，或以所有组合开关各机制。每种配置都使用相同的随机种子，在所有处理器核心上以后台进程运行。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="55"/>
        <source>Run sweep</source>
        <translation>运行参数扫描</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="60"/>
        <source>Save results…</source>
        <translation>保存结果…</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="61"/>
        <source>Load results…</source>
        <translation>载入结果…</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="90"/>
        <source>The structure has problems; fix them first.</source>
        <translation>结构存在问题，请先修正。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="97"/>
        <source>Cannot run this sweep</source>
        <translation>无法运行此参数扫描</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="98"/>
        <source>The sweep has {0} problem(s):</source>
        <translation>参数扫描有 {0} 个问题：</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="108"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="113"/>
        <source>Done: {0} runs in {1:.1f} s.</source>
        <translation>完成：{0} 次运行，用时 {1:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="119"/>
        <source>The sweep failed: {0}</source>
        <translation>参数扫描失败：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="133"/>
        <source>Saved results.csv and results.json in {0}</source>
        <translation>已将 results.csv 和 results.json 保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="141"/>
        <source>Save sweep results into a folder</source>
        <translation>将参数扫描结果保存到文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="142"/>
        <source>Folder with results.json and results.csv</source>
        <translation>包含 results.json 和 results.csv 的文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="164"/>
        <source>{0} (sweep: {1})</source>
        <translation>{0}（参数扫描：{1}）</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="167"/>
        <source>Loaded sweep configuration {0}: {1}</source>
        <translation>已载入参数扫描配置 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/dialog.py" line="170"/>
        <source>Loaded configuration {0} into the workbench: {1}</source>
        <translation>已将配置 {0} 载入工作台：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/results.py" line="23"/>
        <source>The line is the mean over seeds, the band its 95 % interval: where the bands of two values overlap, the knob may not matter.</source>
        <translation>线为各随机种子的均值，带为其 95 % 区间：两个取值的带相互重叠时，该参数可能无关紧要。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/results.py" line="28"/>
        <source>Each cell is the mean over seeds for one pair of values; the colour scale is on the right.</source>
        <translation>每个单元格是一对取值在各随机种子上的均值；色标位于右侧。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/results.py" line="33"/>
        <source>Diagonal: what switching a mechanism on changes on average. Row i, column j: how much more mechanism i changes when j is on than when j is off. Green helps the city, red hurts it.</source>
        <translation>对角线：开启某机制平均带来的变化。第 i 行第 j 列：j 开启时机制 i 带来的变化比 j 关闭时多多少。绿色对城市有利，红色不利。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/results.py" line="52"/>
        <source>Output</source>
        <translation>输出指标</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/results.py" line="89"/>
        <source>{0} configurations, {1} runs, {2:.0f} s</source>
        <translation>{0} 种配置，{1} 次运行，{2:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/results.py" line="100"/>
        <source>Click a point in the plane to load it.</source>
        <translation>点击平面中的一个点以载入。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="57"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="59"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="60"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="61"/>
        <source>Values from</source>
        <translation>取值方式</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="71"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="72"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="73"/>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="79"/>
        <source>e.g. 0, 0.25, 0.5, 1</source>
        <translation>例如 0, 0.25, 0.5, 1</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="149"/>
        <source>One parameter</source>
        <translation>单个参数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="150"/>
        <source>Two parameters</source>
        <translation>两个参数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="151"/>
        <source>All on/off combinations of mechanisms</source>
        <translation>机制的所有开/关组合</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="152"/>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="154"/>
        <source>First parameter</source>
        <translation>第一个参数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="155"/>
        <source>Second parameter</source>
        <translation>第二个参数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="164"/>
        <source>Ticked mechanisms are switched on and off in every combination</source>
        <translation>勾选的机制将以所有组合开启和关闭</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="172"/>
        <source>Every configuration runs on seeds 1, 2, …</source>
        <translation>每种配置都在随机种子 1, 2, … 上运行</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="177"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="178"/>
        <source>Seeds</source>
        <translation>随机种子数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="179"/>
        <source>Length of each run</source>
        <translation>每次运行的时长</translation>
    </message>
    <message>
        <location filename="../../gui/sweep/setup.py" line="214"/>
        <source>{0} configurations × {1} seeds = {2} runs</source>
        <translation>{0} 种配置 × {1} 个随机种子 = {2} 次运行</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../gui/compare/tasks.py" line="101"/>
        <source>{0} / {1} runs, starting…</source>
        <translation>{0} / {1} 次运行，正在启动…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/tasks.py" line="103"/>
        <source>{0} / {1} runs, about {2:.0f} min left</source>
        <translation>{0} / {1} 次运行，约剩 {2:.0f} 分钟</translation>
    </message>
    <message>
        <location filename="../../gui/compare/tasks.py" line="106"/>
        <source>{0} / {1} runs, about {2:.0f} s left</source>
        <translation>{0} / {1} 次运行，约剩 {2:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../gui/compare/tasks.py" line="122"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/compare/tasks.py" line="124"/>
        <source>Stop now; the runs finished so far are dropped</source>
        <translation>立即停止；已完成的运行将被丢弃</translation>
    </message>
    <message>
        <location filename="../../gui/compare/tasks.py" line="156"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../gui/task_page.py" line="70"/>
        <source>Cancelled: every worker process was stopped.</source>
        <translation>已取消：所有工作进程均已停止。</translation>
    </message>
    <message>
        <location filename="../../gui/task_page.py" line="106"/>
        <source>Could not save: {0}</source>
        <translation>无法保存：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/task_page.py" line="116"/>
        <source>Could not load: {0}</source>
        <translation>无法载入：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/task_page.py" line="119"/>
        <source>Loaded {0}</source>
        <translation>已载入 {0}</translation>
    </message>
</context>
<context>
    <name>workspaces</name>
    <message>
        <location filename="../../gui/layout/workspaces.py" line="48"/>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
</context>
</TS>
