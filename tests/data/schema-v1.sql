-- Frozen: a Duibiao document at schema version 1, as released.
-- Never regenerate this file from the current code; it is the old format that
-- tests/core/test_migrations.cpp upgrades. Built with the sqlite3 shell: .read schema-v1.sql
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE assessment_phases (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4),
        start TEXT,
        end TEXT,
        PRIMARY KEY (assessment_id, phase));
INSERT INTO "assessment_phases" VALUES(1,1,NULL,'2019-11-30');
INSERT INTO "assessment_phases" VALUES(1,2,'2019-11-01','2020-09-30');
INSERT INTO "assessment_phases" VALUES(1,3,'2020-09-01','2020-11-30');
INSERT INTO "assessment_phases" VALUES(1,4,'2020-11-01','2020-12-31');
CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        year INTEGER NOT NULL,
        framework_code TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        framework_json TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
        created TEXT NOT NULL);
INSERT INTO "assessments" VALUES(1,'示例大学自我评估',2020,'jiangsu-ggw-2019','2019.1','{
  "format": "duibiao-framework",
  "formatVersion": 1,
  "code": "jiangsu-ggw-2019",
  "version": "2019.1",
  "title": "江苏省高等学校关工委优质化建设工作基本要求",
  "reference": true,
  "note": "依据实施意见整理的参考版,请以省级正式文本为准",
  "source": "依据某高校《关于推进关工委优质化建设工作的实施意见》(2019年11月17日)及其附件《推进关工委优质化建设工作的具体安排》整理",
  "en": {
    "title": "Basic Requirements for Quality Construction of the Committees for Caring for the Next Generation in Jiangsu Higher Education Institutions",
    "note": "Reference version compiled from the implementation opinion; the official provincial text prevails.",
    "source": "Compiled from a university''s implementation opinion on advancing the quality construction of its Committee for Caring for the Next Generation (17 November 2019) and its appendix of specific arrangements."
  },
  "categories": [
    {
      "code": "L",
      "title": "领导机制",
      "en": {
        "title": "Leadership"
      },
      "requirements": [
        {
          "code": "L1",
          "title": "关工委工作纳入党建、文明单位创建、德育和思想政治工作,进入党政年度工作报告、计划和部署",
          "description": "学校党委、行政将关工委工作纳入党建工作、文明单位创建、德育和思想政治工作内容,进入党政年度工作报告、工作计划和日常工作部署之中。学院(部)党(工)委、行政将关工委工作纳入本单位工作,做到一起研究、一起布置、一起检查、一起总结。",
          "guidance": "查阅学校及学院(部)党政年度工作报告、工作计划和工作总结,核实其中是否列有关工委工作内容;抽查若干学院(部)的相关文件。",
          "evidence": [
            "党政年度工作报告",
            "党政年度工作计划与工作总结",
            "党建及文明单位创建相关文件",
            "学院(部)年度工作计划"
          ],
          "weight": 1,
          "source": "正文三(一); 附件二.1",
          "kind": "qualitative",
          "en": {
            "title": "Committee work included in Party building, civilised-unit campaigns and moral and ideological education, and in the annual reports, plans and arrangements of the Party committee and administration",
            "description": "The university Party committee and administration include the committee''s work in Party building, civilised-unit campaigns, moral education and ideological and political work, and in their annual work report, work plan and routine arrangements. The Party committees and administrations of colleges and departments study, assign, inspect and review the committee''s work together with their own.",
            "guidance": "Check the annual reports, plans and summaries of the university and of its colleges and departments for the committee''s work; sample the documents of several colleges.",
            "evidence": [
              "Annual work report of the Party committee and administration",
              "Annual work plans and summaries",
              "Documents on Party building and civilised-unit campaigns",
              "Annual work plans of colleges and departments"
            ]
          }
        },
        {
          "code": "L2",
          "title": "校、院(部)党(工)委每年至少一次听取同级关工委工作汇报,研究解决重要问题",
          "description": "校、院(部)党(工)委每年至少一次(≥1次)听取同级关工委工作情况汇报,研究解决关工委工作中的重要问题,对关工委工作提出指导性意见。校关工委和每个二级关工委均须达到。",
          "guidance": "该项依据各单位填报的年度数据(党(工)委听取关工委汇报次数)自动计算,每个单位不少于1次为达标;评估时核对会议纪要,确认汇报议题及研究解决的问题。",
          "evidence": [
            "党(工)委会议纪要",
            "关工委工作汇报材料",
            "研究解决问题的落实记录"
          ],
          "weight": 2,
          "source": "正文三(一)",
          "kind": "indicator",
          "rule": {
            "metric": "hearings_per_year",
            "scope": "all_units",
            "comparison": ">=",
            "target": 1,
            "largelyMetAt": 0.8
          },
          "en": {
            "title": "The Party committee of the university and of each college or department hears a report from the committee at its level at least once a year",
            "description": "The Party committees of the university and of each college or department hear a report on the work of the committee at their level at least once a year (≥ 1), resolve its important issues and give guidance. This applies to the school unit and to every secondary unit.",
            "guidance": "The figure is computed from unit data (hearings per year reported by each unit); every unit needs at least one. Check the meeting minutes for the agenda item and the decisions taken.",
            "evidence": [
              "Minutes of Party committee meetings",
              "Work reports submitted by the committee",
              "Records of follow-up on the issues resolved"
            ]
          }
        },
        {
          "code": "L3",
          "title": "以党(工)委名义印发关工委重要文件和年度工作要点",
          "description": "关工委的重要文件和年度工作要点以校、院(部)党(工)委名义印发,体现党委对关工委工作的领导和重视。",
          "guidance": "查阅评估年度内以党(工)委名义印发的关工委重要文件和年度工作要点,核对发文机关和文号。",
          "evidence": [
            "以党(工)委名义印发的关工委文件",
            "关工委年度工作要点文件",
            "发文登记记录"
          ],
          "weight": 1,
          "source": "正文三(一)",
          "kind": "qualitative",
          "en": {
            "title": "Important documents and annual work priorities of the committee issued in the name of the Party committee",
            "description": "The committee''s important documents and annual work priorities are issued in the name of the Party committee of the university or of the college or department, showing the Party committee''s leadership of and attention to the committee''s work.",
            "guidance": "Check the committee documents and annual work priorities issued in the name of the Party committee during the assessment year, including the issuing body and document number.",
            "evidence": [
              "Committee documents issued in the name of the Party committee",
              "Annual work priorities of the committee",
              "Document issuance register"
            ]
          }
        },
        {
          "code": "L4",
          "title": "分管领导参加和指导关工委重要会议和重要活动",
          "description": "校、院(部)分管领导积极参加和指导关工委组织的重要会议和重要活动,及时了解情况,提出指导意见,协调解决工作中的困难。",
          "guidance": "查阅关工委重要会议和重要活动的记录,核实分管领导出席及讲话、指导情况。",
          "evidence": [
            "重要会议纪要及签到表",
            "领导讲话材料",
            "活动记录与照片",
            "新闻报道"
          ],
          "weight": 1,
          "source": "正文三(一)",
          "kind": "qualitative",
          "en": {
            "title": "The leader in charge attends and guides the committee''s important meetings and activities",
            "description": "The leaders in charge at university and college or department level actively attend and guide the important meetings and activities organised by the committee, keep informed, give guidance and help resolve difficulties.",
            "guidance": "Check the records of the committee''s important meetings and activities for the attendance, speeches and guidance of the leader in charge.",
            "evidence": [
              "Minutes and attendance sheets of important meetings",
              "Speeches by the leaders",
              "Activity records and photos",
              "News reports"
            ]
          }
        },
        {
          "code": "L5",
          "title": "关工委工作纳入对学院(部)年度综合考核;委员单位助力情况纳入目标考核",
          "description": "学校将关工委工作开展情况纳入对学院(部)年度综合考核内容;进一步完善委员单位在关工委工作中的职责,将委员单位助力关工委工作的情况纳入目标考核。",
          "guidance": "查阅学院(部)年度综合考核办法和部门目标考核指标,确认其中包含关工委工作内容,并抽查考核结果的运用情况。",
          "evidence": [
            "学院(部)年度综合考核办法",
            "部门目标考核指标体系",
            "考核结果材料"
          ],
          "weight": 1,
          "source": "正文三(一)(二)",
          "kind": "qualitative",
          "en": {
            "title": "Committee work included in the annual overall assessment of colleges and departments; member departments'' support included in their target assessment",
            "description": "The university includes the committee''s work in the annual overall assessment of colleges and departments, and includes the support that member departments give to the committee in their target assessment.",
            "guidance": "Check the annual assessment rules for colleges and departments and the departmental target indicators for items on the committee''s work, and sample how the results are used.",
            "evidence": [
              "Annual assessment rules for colleges and departments",
              "Departmental target assessment indicators",
              "Assessment results"
            ]
          }
        }
      ]
    },
    {
      "code": "O",
      "title": "组织与制度",
      "en": {
        "title": "Organisation and rules"
      },
      "requirements": [
        {
          "code": "O1",
          "title": "修订健全校关工委工作规程及相关规章制度",
          "description": "根据新形势新任务,对照优质化建设标准,修订、健全学校关心下一代工作委员会工作规程及其他关工委工作规章制度,使关工委工作步入规范化、制度化、长效化发展轨道。",
          "guidance": "查阅修订后的工作规程和规章制度文本及其审议、印发记录,核实内容已对照优质化建设标准作出更新。",
          "evidence": [
            "校关工委工作规程(修订稿)",
            "关工委规章制度汇编",
            "审议记录或印发文件"
          ],
          "weight": 1,
          "source": "正文二.3; 附件二.2",
          "kind": "qualitative",
          "en": {
            "title": "Revise and complete the university committee''s rules of procedure and related regulations",
            "description": "In the light of new circumstances and tasks and against the quality construction standard, the university revises and completes the rules of procedure of its committee and the other regulations on the committee''s work, so that the work becomes standardised, institutionalised and sustained.",
            "guidance": "Check the revised rules of procedure and regulations and the records of their adoption and issuance, and confirm that they were updated against the quality construction standard.",
            "evidence": [
              "Rules of procedure of the university committee (revised)",
              "Collection of the committee''s regulations",
              "Adoption records or issuing documents"
            ]
          }
        },
        {
          "code": "O2",
          "title": "修订二级关工委工作考核指标体系,建立基层考核机制",
          "description": "修订、健全二级关工委工作考核指标体系,建立健全基层考核机制,定期对学院(部)关工委工作进行考核,并运用考核结果改进工作。",
          "guidance": "查阅修订后的二级关工委工作考核指标体系,以及最近一次考核的实施方案、记录和结果通报。",
          "evidence": [
            "二级关工委工作考核指标体系",
            "考核实施方案",
            "考核结果通报"
          ],
          "weight": 1,
          "source": "正文二.3",
          "kind": "qualitative",
          "en": {
            "title": "Revise the assessment indicators for secondary committees and set up a grass-roots assessment mechanism",
            "description": "The assessment indicator system for the committees of colleges and departments is revised and completed, and a grass-roots assessment mechanism is established, so that their work is assessed regularly and the results are used to improve it.",
            "guidance": "Check the revised indicator system and the plan, records and published results of the most recent assessment.",
            "evidence": [
              "Assessment indicator system for secondary committees",
              "Assessment implementation plan",
              "Published assessment results"
            ]
          }
        },
        {
          "code": "O3",
          "title": "学院(部)普遍制定、健全二级关工委工作制度",
          "description": "学院(部)普遍制定、健全二级关工委相关工作制度,每个二级关工委均应有成文的工作制度(具备比例100%)。",
          "guidance": "该项依据各二级单位填报的数据(是否已制定二级关工委工作制度)自动计算,每个二级单位均须具备;具备制度的单位达到80%以上为基本达标。评估时抽查制度文本。",
          "evidence": [
            "二级关工委工作制度文本",
            "制度印发或备案记录"
          ],
          "weight": 2,
          "source": "附件二.2",
          "kind": "indicator",
          "rule": {
            "metric": "has_unit_rules",
            "scope": "secondary_units",
            "comparison": ">=",
            "target": 1,
            "largelyMetAt": 0.8
          },
          "en": {
            "title": "Colleges and departments generally establish and complete working rules for their committees",
            "description": "Colleges and departments generally establish and complete the working rules of their committees: every secondary committee has written working rules (100% of secondary units).",
            "guidance": "The figure is computed from unit data (whether each secondary unit has working rules); every secondary unit must have them, and 80% or more counts as largely met. Sample the texts of the rules.",
            "evidence": [
              "Working rules of the secondary committee",
              "Records of issuance or filing of the rules"
            ]
          }
        },
        {
          "code": "O4",
          "title": "明确委员单位职责,履责情况纳入部门考核",
          "description": "完善委员单位在关工委工作中的职责,明确各委员单位的任务分工,履责情况纳入对部门的考核,充分发挥委员单位的助力作用。",
          "guidance": "查阅委员单位职责文件和部门考核指标,核实履责情况已纳入考核并有考核记录。",
          "evidence": [
            "委员单位名单及职责文件",
            "部门考核指标",
            "履责考核结果"
          ],
          "weight": 1,
          "source": "附件二.2",
          "kind": "qualitative",
          "en": {
            "title": "Define the duties of member departments and include their performance in departmental assessment",
            "description": "The duties of the member departments in the committee''s work are completed and their tasks assigned; how they fulfil these duties is included in the assessment of each department, so that they give full support.",
            "guidance": "Check the document on member departments'' duties and the departmental assessment indicators, and confirm that performance of these duties is assessed and recorded.",
            "evidence": [
              "List of member departments and their duties",
              "Departmental assessment indicators",
              "Results of the duty assessment"
            ]
          }
        },
        {
          "code": "O5",
          "title": "校关工委工作团队联系校级工作平台和学院(部)的制度",
          "description": "建立健全校关工委工作团队联系校级工作平台和学院(部)制度,指导促进平台工作有效运行,指导、帮助学院(部)做好关工委工作。",
          "guidance": "查阅联系制度文本和联系分工表,抽查工作团队成员到平台和学院(部)指导工作的记录。",
          "evidence": [
            "联系制度文件",
            "联系分工表",
            "联系指导工作记录"
          ],
          "weight": 1,
          "source": "正文二.3",
          "kind": "qualitative",
          "en": {
            "title": "Rules for the university committee''s work team to keep in contact with school-level platforms and with colleges and departments",
            "description": "The university committee establishes rules under which members of its work team are each assigned school-level platforms and colleges or departments, guide the platforms'' work and help the colleges and departments with their committee work.",
            "guidance": "Check the contact rules and the assignment table, and sample the records of guidance visits to platforms and colleges.",
            "evidence": [
              "Contact rules",
              "Contact assignment table",
              "Records of guidance visits"
            ]
          }
        },
        {
          "code": "O6",
          "title": "健全领导、组织建设、工作运行、条件保障、表彰激励\"五个机制\"",
          "description": "进一步完善党委重视关工委工作的领导机制,健全关工委组织建设机制、工作运行机制、条件保障机制和表彰激励机制;以建立健全“五个机制”为重点开展常态化建设“回头看”,强弱项、补短板。",
          "guidance": "对照“五个机制”逐项查阅相关制度文件和运行记录,核实常态化建设“回头看”的开展及整改情况。",
          "evidence": [
            "“五个机制”相关制度文件",
            "常态化建设“回头看”总结",
            "整改记录"
          ],
          "weight": 1,
          "source": "正文二.1, 二.3",
          "kind": "qualitative",
          "en": {
            "title": "Complete the five mechanisms: leadership, organisation, operation, support, and commendation and incentives",
            "description": "The leadership mechanism by which the Party committee attends to the committee''s work is improved, and the mechanisms for organisation, operation, resources and support, and commendation and incentives are completed; a review of the routine construction focuses on these five mechanisms and remedies weak points.",
            "guidance": "Check the rules and operating records for each of the five mechanisms, and how the review of routine construction and its follow-up were carried out.",
            "evidence": [
              "Rules covering the five mechanisms",
              "Summary of the review of routine construction",
              "Rectification records"
            ]
          }
        }
      ]
    },
    {
      "code": "T",
      "title": "队伍建设",
      "en": {
        "title": "Teams"
      },
      "requirements": [
        {
          "code": "T1",
          "title": "健全特邀党建组织员队伍",
          "description": "选配政治素质高、有一定党务工作经验的老同志,健全特邀党建组织员队伍,配合学院(部)党组织做好青年师生的思想建设和组织建设工作。",
          "guidance": "查阅特邀党建组织员名单、聘任文件和工作记录,核实队伍对学院(部)的覆盖及实际开展工作情况。",
          "evidence": [
            "特邀党建组织员名单",
            "聘任文件",
            "工作记录"
          ],
          "weight": 1,
          "source": "正文二.2",
          "kind": "qualitative",
          "en": {
            "title": "Complete the team of invited Party-building organisers",
            "description": "Retired staff with strong political quality and Party work experience are selected to complete the team of invited Party-building organisers, who help the Party organisations of colleges and departments with the ideological and organisational development of young teachers and students.",
            "guidance": "Check the list of organisers, their appointment documents and work records, and how far the team covers the colleges and departments.",
            "evidence": [
              "List of invited Party-building organisers",
              "Appointment documents",
              "Work records"
            ]
          }
        },
        {
          "code": "T2",
          "title": "优化讲师团队伍",
          "description": "进一步优化讲师团队伍结构,配合学院(部)开展多种形式的社会主义核心价值观教育。",
          "guidance": "查阅讲师团成员名单及年度宣讲、报告活动记录,了解队伍结构和活动覆盖面。",
          "evidence": [
            "讲师团成员名单",
            "宣讲活动记录与照片",
            "听众反馈材料"
          ],
          "weight": 1,
          "source": "正文二.2",
          "kind": "qualitative",
          "en": {
            "title": "Improve the lecturers'' group",
            "description": "The structure of the lecturers'' group is further improved, and it helps colleges and departments to provide education in the core socialist values in various forms.",
            "guidance": "Check the list of members and the records of talks and lectures during the year, and assess the team''s structure and reach.",
            "evidence": [
              "List of members of the lecturers'' group",
              "Records and photos of talks",
              "Audience feedback"
            ]
          }
        },
        {
          "code": "T3",
          "title": "做强教学督导员队伍",
          "description": "进一步做强教学督导员队伍,配合学院(部)促进教风、学风建设。",
          "guidance": "查阅教学督导员名单、听课与督导记录以及督导意见反馈情况。",
          "evidence": [
            "教学督导员名单",
            "听课与督导记录",
            "督导意见反馈材料"
          ],
          "weight": 1,
          "source": "正文二.2",
          "kind": "qualitative",
          "en": {
            "title": "Strengthen the team of teaching supervisors",
            "description": "The team of teaching supervisors is strengthened and helps colleges and departments to improve the conduct of teaching and learning.",
            "guidance": "Check the list of supervisors, the records of class visits and supervision, and how their findings were fed back.",
            "evidence": [
              "List of teaching supervisors",
              "Class visit and supervision records",
              "Feedback on supervision findings"
            ]
          }
        },
        {
          "code": "T4",
          "title": "建立青年师生成长导师队伍(成长陪伴计划、青蓝工程)",
          "description": "建立健全青年师生成长导师队伍,配合学院(部)推进本科生“成长陪伴计划”和“青蓝工程”。",
          "guidance": "查阅成长导师名单、结对名单以及陪伴、指导活动记录。",
          "evidence": [
            "成长导师名单",
            "结对名单",
            "陪伴与指导活动记录"
          ],
          "weight": 1,
          "source": "正文二.2; 附件二.3",
          "kind": "qualitative",
          "en": {
            "title": "Set up a team of mentors for young teachers and students (growth companionship plan, Qinglan project)",
            "description": "A team of mentors for young teachers and students is established and helps colleges and departments carry out the growth companionship plan for undergraduates and the Qinglan project.",
            "guidance": "Check the list of mentors, the pairing lists and the records of mentoring activities.",
            "evidence": [
              "List of mentors",
              "Pairing lists",
              "Records of mentoring activities"
            ]
          }
        },
        {
          "code": "T5",
          "title": "二级学院(部)有条件的老同志参与比例 ≥ 60%",
          "description": "二级学院(部)有条件参与的老同志中,参与关心下一代工作的比例达到60%以上(参与人数/有条件参与人数≥60%),每个二级学院(部)均须达到。以“扩大规模、优化结构、提升能力、有效服务”为目标,及时吸纳刚从工作岗位上退下来的老同志参加关工委工作。",
          "guidance": "该比例依据各二级单位填报的年度数据(有条件参与人数、参与人数)自动计算;全校合计比例达到而个别单位未达到时为基本达标。评估时抽查参与人员名单与活动记录。",
          "evidence": [
            "有条件参与的老同志名册",
            "参与关工委工作人员名单",
            "参与活动记录"
          ],
          "weight": 2,
          "source": "附件二.3",
          "kind": "indicator",
          "rule": {
            "metric": "participation_rate",
            "scope": "secondary_units",
            "comparison": ">=",
            "target": 0.6
          },
          "en": {
            "title": "Participation of eligible retired staff in each college or department ≥ 60%",
            "description": "In every college or department, at least 60% of the retired staff able to take part are involved in the work for the next generation (participants / eligible ≥ 60%). The aim is to enlarge, improve and strengthen the team, taking in newly retired staff promptly.",
            "guidance": "The figure is computed from unit data (eligible and participating retired staff reported by each secondary unit); if the institution-wide ratio reaches the target but some units do not, the requirement is largely met. Sample the lists of participants and activity records.",
            "evidence": [
              "Register of eligible retired staff",
              "List of participants in the committee''s work",
              "Activity records"
            ]
          }
        },
        {
          "code": "T6",
          "title": "工作骨干参与人数比例 ≥ 20%",
          "description": "二级学院(部)工作骨干参与人数比例达到20%以上(工作骨干人数/有条件参与人数≥20%),每个二级学院(部)均须达到。不断强化核心层,提升骨干层,扩大参与层。",
          "guidance": "该比例依据各二级单位填报的年度数据(工作骨干人数、有条件参与人数)自动计算;全校合计比例达到而个别单位未达到时为基本达标。评估时核对骨干名单。",
          "evidence": [
            "工作骨干名单",
            "有条件参与的老同志名册",
            "骨干工作记录"
          ],
          "weight": 2,
          "source": "附件二.3",
          "kind": "indicator",
          "rule": {
            "metric": "core_worker_rate",
            "scope": "secondary_units",
            "comparison": ">=",
            "target": 0.2
          },
          "en": {
            "title": "Core workers ≥ 20% of eligible retired staff",
            "description": "In every college or department, core workers make up at least 20% of the retired staff able to take part (core workers / eligible ≥ 20%), strengthening the core, the backbone and the wider circle of participants.",
            "guidance": "The figure is computed from unit data (core workers and eligible retired staff reported by each secondary unit); if the institution-wide ratio reaches the target but some units do not, the requirement is largely met. Check the lists of core workers.",
            "evidence": [
              "List of core workers",
              "Register of eligible retired staff",
              "Work records of core workers"
            ]
          }
        },
        {
          "code": "T7",
          "title": "定期培训工作骨干(学习培训、专题报告、参观考察、理论研究、总结交流)",
          "description": "坚持定期对校、院(部)关工委工作骨干进行培训,采取学习培训、专题报告、参观考察、理论研究、总结交流等方式,提高队伍的综合素质和工作水平。校关工委每年组织骨干培训不少于1次(≥1次)。",
          "guidance": "该项依据校关工委填报的年度数据(骨干培训次数)自动计算;评估时核对培训通知、签到表和培训总结。",
          "evidence": [
            "培训通知与日程",
            "签到表",
            "培训材料与总结",
            "活动照片"
          ],
          "weight": 1,
          "source": "正文二.5",
          "kind": "indicator",
          "rule": {
            "metric": "trainings_per_year",
            "scope": "school_unit",
            "comparison": ">=",
            "target": 1
          },
          "en": {
            "title": "Regular training of core workers (study sessions, thematic talks, visits, theoretical research, experience exchange)",
            "description": "The core workers of the committees at university and college or department level are trained regularly through study sessions, thematic talks, study visits, theoretical research and experience exchange. The university committee holds at least one training per year (≥ 1).",
            "guidance": "The figure is computed from unit data (trainings per year reported by the school unit). Check the training notices, attendance sheets and summaries.",
            "evidence": [
              "Training notices and programmes",
              "Attendance sheets",
              "Training materials and summaries",
              "Photos"
            ]
          }
        }
      ]
    },
    {
      "code": "S",
      "title": "条件保障",
      "en": {
        "title": "Support"
      },
      "requirements": [
        {
          "code": "S1",
          "title": "校、院(部)关工委工作经费、工作用房和老同志工作补贴落实到位",
          "description": "确保校、院(部)关工委工作经费、工作用房和相关老同志工作补贴落实到位,充分发挥现职党政领导的主导作用、离退休老同志的主体作用、委员单位的助力作用和关工委日常工作团队的关键作用。",
          "guidance": "查阅年度经费预算及使用情况、工作用房安排和补贴发放记录,抽查学院(部)的落实情况。",
          "evidence": [
            "年度经费预算与使用情况",
            "工作用房安排材料",
            "老同志工作补贴发放记录"
          ],
          "weight": 1,
          "source": "正文二.3",
          "kind": "qualitative",
          "en": {
            "title": "Funds, office space and allowances for retired staff in place at university and college or department level",
            "description": "Working funds and office space for the committees at university and college or department level, and allowances for the retired staff involved, are fully provided, so that serving leaders, retired staff, member departments and the committee''s work team can each play their part.",
            "guidance": "Check the annual budget and spending, the office space arrangements and the allowance payment records, and sample the arrangements in several colleges.",
            "evidence": [
              "Annual budget and spending",
              "Office space arrangements",
              "Allowance payment records"
            ]
          }
        },
        {
          "code": "S2",
          "title": "健全宣传、表彰、奖励制度,宣传\"五老\"精神和先进典型",
          "description": "健全和完善关心下一代工作宣传、表彰、奖励制度,大力弘扬“忠诚敬业、关爱后代、务实创新、无私奉献”的“五老”精神,宣传老同志先进事迹和基层先进典型,营造全校重视、关心下一代健康成长的良好氛围。",
          "guidance": "查阅表彰奖励制度和表彰决定,以及校内外宣传报道情况。",
          "evidence": [
            "表彰奖励制度文件",
            "表彰决定",
            "宣传报道材料",
            "先进典型事迹材料"
          ],
          "weight": 1,
          "source": "正文三(三)",
          "kind": "qualitative",
          "en": {
            "title": "Complete the rules on publicity, commendation and awards; promote the spirit of the \"five elders\" and exemplary cases",
            "description": "The rules on publicity, commendation and awards for the work for the next generation are completed; the \"five elders\" spirit of loyalty and dedication, care for the young, practical innovation and selfless devotion is promoted, together with the deeds of retired staff and exemplary grass-roots cases.",
            "guidance": "Check the commendation and award rules, the commendation decisions and the publicity inside and outside the university.",
            "evidence": [
              "Commendation and award rules",
              "Commendation decisions",
              "Publicity and news reports",
              "Accounts of exemplary cases"
            ]
          }
        }
      ]
    },
    {
      "code": "P",
      "title": "工作平台与品牌",
      "en": {
        "title": "Platforms and brands"
      },
      "requirements": [
        {
          "code": "P1",
          "title": "校关工委搭建工作平台不少于 10 个",
          "description": "校关工委在党委的关心支持下,依托委员单位和相关部门,整合资源,围绕立德树人根本任务,搭建与学生、青年教职工健康成长密切相关的工作平台不少于10个(≥10个)。",
          "guidance": "该项依据登记的校关工委工作平台数据自动计算;评估时核实各平台的成立文件、组长和活动记录,确认平台实际运行。",
          "evidence": [
            "校级工作平台名单",
            "平台成立文件",
            "平台活动记录"
          ],
          "weight": 2,
          "source": "附件二.4",
          "kind": "indicator",
          "rule": {
            "metric": "platform_count",
            "scope": "school_unit",
            "comparison": ">=",
            "target": 10
          },
          "en": {
            "title": "At least 10 work platforms set up by the university committee",
            "description": "With the support of the Party committee and relying on member and related departments, the university committee sets up at least 10 work platforms (≥ 10) closely related to the healthy growth of students and young staff.",
            "guidance": "The figure is computed from unit data (platforms registered for the school unit). Check each platform''s founding document, leaders and activity records to confirm that it actually operates.",
            "evidence": [
              "List of school-level platforms",
              "Founding documents of the platforms",
              "Platform activity records"
            ]
          }
        },
        {
          "code": "P2",
          "title": "二级学院(部)搭建工作平台原则上不少于 2 个",
          "description": "二级学院(部)结合实际,与中心工作、学科专业建设、日常思想政治教育、学生社团建设和课外科技文体活动相结合,搭建工作平台原则上不少于2个(每个二级单位≥2个)。",
          "guidance": "该项依据各二级单位登记的工作平台数据自动计算;达到2个的单位比例在80%以上为基本达标。评估时抽查平台活动记录。",
          "evidence": [
            "学院(部)工作平台名单",
            "平台成立文件",
            "平台活动记录"
          ],
          "weight": 2,
          "source": "附件二.4",
          "kind": "indicator",
          "rule": {
            "metric": "platform_count",
            "scope": "secondary_units",
            "comparison": ">=",
            "target": 2,
            "largelyMetAt": 0.8
          },
          "en": {
            "title": "In principle at least 2 work platforms in each college or department",
            "description": "Each college or department, according to its circumstances and in connection with its core tasks, discipline building, ideological and political education, student societies and extracurricular activities, sets up in principle at least 2 work platforms (≥ 2 per secondary unit).",
            "guidance": "The figure is computed from unit data (platforms registered by each secondary unit); 80% or more of units reaching 2 counts as largely met. Sample the platforms'' activity records.",
            "evidence": [
              "List of the college''s or department''s platforms",
              "Founding documents of the platforms",
              "Platform activity records"
            ]
          }
        },
        {
          "code": "P3",
          "title": "工作平台实行委员单位在职领导和老同志\"双组长制\"",
          "description": "工作平台实行委员单位在职领导和老同志“双组长制”,明确平台责任,不断提高平台活动质量。每个平台均应同时有在职领导和老同志担任组长(比例100%)。",
          "guidance": "该比例依据登记的平台数据(在职组长、老同志组长)按单位自动计算;全部平台中实行双组长制的比例达到80%以上为基本达标。评估时抽查平台任命文件。",
          "evidence": [
            "平台组长名单",
            "平台成立或任命文件",
            "平台工作记录"
          ],
          "weight": 2,
          "source": "正文二.4",
          "kind": "indicator",
          "rule": {
            "metric": "dual_leader_share",
            "scope": "all_units",
            "comparison": ">=",
            "target": 1,
            "largelyMetAt": 0.8
          },
          "en": {
            "title": "\"Dual leadership\" of work platforms by an in-service leader of a member department and a retired staff member",
            "description": "Each work platform is led jointly by a serving leader of a member department and a retired staff member (dual leadership), with clear responsibilities and steadily improving activities. Every platform should have both leaders (100%).",
            "guidance": "The figure is computed from unit data (in-service and retired leaders recorded for each platform, per unit); if 80% or more of all platforms have both leaders, the requirement is largely met. Sample the appointment documents.",
            "evidence": [
              "List of platform leaders",
              "Founding or appointment documents",
              "Platform work records"
            ]
          }
        },
        {
          "code": "P4",
          "title": "建立\"需求菜单\"\"资源菜单\"对接的\"双菜单制\"",
          "description": "根据各学院(部)专业特点,了解学生需求,建立青年师生“需求菜单”和校内外老同志“资源菜单”并做好有效对接,实行“双菜单制”。每个二级学院(部)均应同时建立两份菜单(比例100%)。",
          "guidance": "该项依据各二级单位填报的数据(是否建立需求菜单、资源菜单)自动计算,两份菜单均已建立方计为具备;具备的单位达到80%以上为基本达标。评估时抽查菜单内容和对接记录。",
          "evidence": [
            "需求菜单",
            "资源菜单",
            "菜单对接记录"
          ],
          "weight": 2,
          "source": "正文二.4; 附件二.3",
          "kind": "indicator",
          "rule": {
            "metric": "double_menu",
            "scope": "secondary_units",
            "comparison": ">=",
            "target": 1,
            "largelyMetAt": 0.8
          },
          "en": {
            "title": "\"Double menu\" matching a demand menu with a resource menu",
            "description": "According to the disciplines of each college or department and the needs of students, a \"demand menu\" of young teachers and students and a \"resource menu\" of retired staff inside and outside the university are drawn up and matched. Every secondary unit should have both menus (100%).",
            "guidance": "The figure is computed from unit data (whether each secondary unit has a demand menu and a resource menu; both are needed); 80% or more of units counts as largely met. Sample the menus and the matching records.",
            "evidence": [
              "Demand menu",
              "Resource menu",
              "Matching records"
            ]
          }
        },
        {
          "code": "P5",
          "title": "开展\"一院一特\"\"一院一品\"创新实践,形成工作品牌",
          "description": "按照“搭平台、创特色、铸品牌”的要求,普遍开展“一院一特”“一院一品”创新实践,注重创特色、铸品牌,形成有影响的关工委工作品牌。",
          "guidance": "查阅各学院(部)特色项目和品牌项目材料,了解项目的持续时间、参与面和成效。",
          "evidence": [
            "“一院一特”“一院一品”项目材料",
            "品牌项目总结",
            "获奖或宣传报道材料"
          ],
          "weight": 1,
          "source": "正文二.4; 附件二.4",
          "kind": "qualitative",
          "en": {
            "title": "\"One feature per college\" and \"one brand per college\" innovation, forming work brands",
            "description": "Following the call to build platforms, create features and forge brands, colleges and departments generally carry out \"one feature per college\" and \"one brand per college\" initiatives and develop recognised work brands of the committee.",
            "guidance": "Check the materials on each college''s featured and brand projects, including how long they have run, how many people take part and their results.",
            "evidence": [
              "Materials on featured and brand projects",
              "Summaries of brand projects",
              "Awards or news reports"
            ]
          }
        }
      ]
    },
    {
      "code": "E",
      "title": "融入\"三全育人\"与实效",
      "en": {
        "title": "Integration and results"
      },
      "requirements": [
        {
          "code": "E1",
          "title": "利用重大节日、新生入学、毕业生创就业等节点开展主题教育活动",
          "description": "围绕立德树人根本任务,整合老同志、校友和社会资源,利用重大节日、新生入学、毕业生创就业等节点开展主题教育活动,积极组织参加省里统一部署的主题教育活动。",
          "guidance": "查阅年度主题教育活动计划和活动记录,核实重要节点活动及参加省统一部署活动的情况。",
          "evidence": [
            "主题教育活动计划",
            "活动记录与照片",
            "活动总结"
          ],
          "weight": 1,
          "source": "附件二.5",
          "kind": "qualitative",
          "en": {
            "title": "Thematic education activities at key moments such as major festivals, freshman enrolment and graduates'' employment",
            "description": "Drawing on retired staff, alumni and community resources, thematic education activities are held at key moments such as major festivals, the enrolment of new students and graduates'' employment and entrepreneurship, and the thematic activities arranged by the province are joined.",
            "guidance": "Check the annual plan and records of thematic education activities, including the activities at key moments and the province-wide activities.",
            "evidence": [
              "Plan of thematic education activities",
              "Activity records and photos",
              "Activity summaries"
            ]
          }
        },
        {
          "code": "E2",
          "title": "参与课程、科研、实践、文化、网络、心理、管理、服务、资助、组织\"十大育人\",为青年师生办实事(爱心超市、谈心屋、帮困助学、就业创业)",
          "description": "通过老少共建、老少共学、老少共乐、老少共进、老少互动等形式,参与课程、科研、实践、文化、网络、心理、管理、服务、资助和组织等“十大育人”工作,融入“三全育人”工作体系;创新“爱心超市”“谈心屋”等载体,拓展帮困助学基金,开拓就业创业途径,为青年师生办实事、做好事、解难事。",
          "guidance": "查阅参与各育人领域的工作记录和为师生办实事项目台账,了解受益面和实际成效。",
          "evidence": [
            "“十大育人”参与情况记录",
            "办实事项目台账",
            "帮困助学与就业创业工作材料",
            "活动照片"
          ],
          "weight": 1,
          "source": "正文二.4; 附件二.5",
          "kind": "qualitative",
          "en": {
            "title": "Take part in the \"ten forms of education\" and do practical things for young teachers and students (charity shop, talk room, financial aid, employment and entrepreneurship)",
            "description": "Through joint activities of old and young, the committee takes part in education through courses, research, practice, culture, the internet, psychological support, management, services, financial aid and organisations, as part of all-round education; it renews carriers such as the charity shop and the talk room, expands financial aid funds and opens routes to employment and entrepreneurship for young teachers and students.",
            "guidance": "Check the records of participation in each field of education and the register of practical projects for teachers and students, including their reach and results.",
            "evidence": [
              "Records of participation in the ten forms of education",
              "Register of practical projects",
              "Materials on financial aid and employment support",
              "Photos"
            ]
          }
        },
        {
          "code": "E3",
          "title": "推进\"网上关工委\"建设,开展调查研究,创新工作方式",
          "description": "积极推进“网上关工委”建设,促进工作交流、信息共享;以问题、需求和优质化为导向确定调研课题,深入学院(部)开展调查研究;适应新形势、新情况、新要求,不断创新工作方式。",
          "guidance": "查看网上关工委平台及其更新情况,查阅调研课题、调研报告和工作创新案例。",
          "evidence": [
            "网上关工委页面或截图",
            "调研课题与调研报告",
            "工作创新案例材料"
          ],
          "weight": 1,
          "source": "正文二.5",
          "kind": "qualitative",
          "en": {
            "title": "Build the \"online committee\", carry out research and innovate working methods",
            "description": "The \"online committee\" is developed to support exchange and information sharing; research topics are chosen according to problems, needs and the quality goal, and research is done in the colleges and departments; working methods are renewed to meet new circumstances and demands.",
            "guidance": "Look at the online committee platform and how it is updated, and check the research topics and reports and the cases of innovation.",
            "evidence": [
              "Pages or screenshots of the online committee",
              "Research topics and reports",
              "Cases of innovation"
            ]
          }
        }
      ]
    }
  ]
}
','draft','2020-09-01T08:00:00.000Z');
CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_key TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT);
INSERT INTO "audit_log" VALUES(1,'2020-09-01T08:00:00.000Z','tester','requirement','T5','rating','unrated','largely_met');
CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        requirement_code TEXT,
        rectification_id INTEGER REFERENCES rectification_items(id) ON DELETE SET NULL,
        expected_item TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        added TEXT NOT NULL,
        added_by TEXT NOT NULL DEFAULT '');
INSERT INTO "evidence" VALUES(1,1,'L1',NULL,'','工作要点.txt','text/plain',11,'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9','2020-09-01T08:00:00.000Z','tester');
CREATE TABLE evidence_chunks (
        evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL);
INSERT INTO "evidence_chunks" VALUES(1,0,X'68656C6C6F20776F726C64');
CREATE TABLE institution (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        committee TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '');
INSERT INTO "institution" VALUES(1,'示例大学','示例大学关心下一代工作委员会','第二活动片区');
CREATE TABLE platforms (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        partner_department TEXT NOT NULL DEFAULT '',
        in_service_leader TEXT NOT NULL DEFAULT '',
        retired_leader TEXT NOT NULL DEFAULT '',
        founded TEXT,
        activities INTEGER NOT NULL DEFAULT 0 CHECK (activities >= 0));
INSERT INTO "platforms" VALUES(1,1,'“五老”报告团','宣传部','林思远','陈晓岚','2019-03-01',8);
INSERT INTO "platforms" VALUES(2,2,'学业帮扶平台','教务处','周启明','','2019-05-01',3);
CREATE TABLE rectification_items (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        measure TEXT NOT NULL CHECK (length(trim(measure)) > 0),
        responsible_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
        responsible_person TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4),
        status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'verified')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL);
INSERT INTO "rectification_items" VALUES(1,1,'动员外国语学院老同志参与',3,'周启明','2020-11-15',3,'in_progress','2020-09-01T08:00:00.000Z','2020-09-01T08:00:00.000Z');
INSERT INTO "rectification_items" VALUES(2,1,'修订二级关工委工作考核指标体系',1,'陈晓岚','2020-09-30',2,'done','2020-09-01T08:00:00.000Z','2020-09-20T08:00:00.000Z');
CREATE TABLE rectification_requirements (
        item_id INTEGER NOT NULL REFERENCES rectification_items(id) ON DELETE CASCADE,
        requirement_code TEXT NOT NULL,
        PRIMARY KEY (item_id, requirement_code));
INSERT INTO "rectification_requirements" VALUES(1,'T5');
INSERT INTO "rectification_requirements" VALUES(2,'O2');
CREATE TABLE requirement_assessments (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        requirement_code TEXT NOT NULL,
        rating TEXT NOT NULL DEFAULT 'unrated'
            CHECK (rating IN ('unrated', 'met', 'largely_met', 'not_met', 'not_applicable')),
        suggested_rating TEXT,
        override_reason TEXT NOT NULL DEFAULT '',
        narrative TEXT NOT NULL DEFAULT '',
        gap_text TEXT NOT NULL DEFAULT '',
        assessor TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (assessment_id, requirement_code));
INSERT INTO "requirement_assessments" VALUES(1,'L1','met',NULL,'','L1 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'L2','met',NULL,'','L2 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'L3','met',NULL,'','L3 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'L4','met',NULL,'','L4 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'L5','met',NULL,'','L5 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'O1','met',NULL,'','O1 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'O2','met',NULL,'','O2 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'O3','met',NULL,'','O3 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'O4','met',NULL,'','O4 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'O5','met',NULL,'','O5 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'O6','met',NULL,'','O6 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'T1','met',NULL,'','T1 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'T2','met',NULL,'','T2 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'T3','met',NULL,'','T3 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'T4','met',NULL,'','T4 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'T5','largely_met',NULL,'','T5 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'T6','met',NULL,'','T6 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'T7','met',NULL,'','T7 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'S1','met',NULL,'','S1 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'S2','met',NULL,'','S2 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'P1','met',NULL,'','P1 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'P2','met',NULL,'','P2 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'P3','met',NULL,'','P3 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'P4','met',NULL,'','P4 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'P5','met',NULL,'','P5 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'E1','met',NULL,'','E1 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'E2','met',NULL,'','E2 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
INSERT INTO "requirement_assessments" VALUES(1,'E3','met',NULL,'','E3 自评情况','','tester','2020-09-01T08:00:00.000Z','2020-09-02T08:00:00.000Z');
CREATE TABLE unit_figures (
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        eligible INTEGER NOT NULL CHECK (eligible >= 0),
        participants INTEGER NOT NULL CHECK (participants >= 0 AND participants <= eligible),
        core_workers INTEGER NOT NULL CHECK (core_workers >= 0 AND core_workers <= participants),
        hearings_per_year INTEGER NOT NULL DEFAULT 0 CHECK (hearings_per_year >= 0),
        trainings_per_year INTEGER NOT NULL DEFAULT 0 CHECK (trainings_per_year >= 0),
        has_unit_rules INTEGER NOT NULL DEFAULT 0 CHECK (has_unit_rules IN (0, 1)),
        has_demand_menu INTEGER NOT NULL DEFAULT 0 CHECK (has_demand_menu IN (0, 1)),
        has_resource_menu INTEGER NOT NULL DEFAULT 0 CHECK (has_resource_menu IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (unit_id, year));
INSERT INTO "unit_figures" VALUES(2,2020,20,12,4,1,1,1,1,1,'');
INSERT INTO "unit_figures" VALUES(3,2020,30,15,5,1,2,1,1,0,'待补充');
CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('school', 'secondary')),
        sort_order INTEGER NOT NULL DEFAULT 0);
INSERT INTO "units" VALUES(1,'校关工委','school',0);
INSERT INTO "units" VALUES(2,'文学院','secondary',1);
INSERT INTO "units" VALUES(3,'外国语学院','secondary',2);
CREATE UNIQUE INDEX units_one_school ON units(kind) WHERE kind = 'school';
CREATE INDEX platforms_by_unit ON platforms(unit_id);
CREATE INDEX rectification_by_assessment ON rectification_items(assessment_id);
CREATE INDEX evidence_by_assessment ON evidence(assessment_id, requirement_code);
CREATE UNIQUE INDEX evidence_chunks_order ON evidence_chunks(evidence_id, seq);
COMMIT;
PRAGMA application_id = 1146440002;
PRAGMA user_version = 1;
